import type { ReactNode } from "react";

/** A labelled select whose options carry counts; choices that would show nothing are disabled. */
export function FilterSelect({
  id,
  label,
  value,
  allLabel,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  allLabel: string;
  options: { value: string; label: string; count: number }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-11 w-full rounded-md border border-line bg-canvas px-3 text-ink"
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={option.count === 0 && option.value !== value}
          >
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** A message about the filters with a button that puts things right. */
export function FilterNotice({
  children,
  action,
  onAction,
}: {
  children: ReactNode;
  action: string;
  onAction: () => void;
}) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border-2 border-focus bg-surface p-4">
      <p className="font-medium">{children}</p>
      <button
        type="button"
        onClick={onAction}
        className="min-h-11 rounded-md border border-line bg-canvas px-3 font-semibold text-ink hover:bg-surface-strong"
      >
        {action}
      </button>
    </div>
  );
}

export const buttonClass =
  "min-h-11 rounded-md border border-line bg-canvas px-3 font-semibold text-ink hover:bg-surface-strong";
