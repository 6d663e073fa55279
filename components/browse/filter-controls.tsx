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

/**
 * The filters' form: a search landmark that never submits (each choice updates the address as it
 * is made). Its controls are off until the page's JavaScript runs: without it, the list shows
 * everything, and a choice made before would be lost.
 */
export function FilterForm({
  label,
  hydrated,
  columns,
  children,
}: {
  label: string;
  hydrated: boolean;
  columns: 2 | 3;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
      className="rounded-lg border border-line bg-surface p-4"
    >
      <fieldset
        disabled={!hydrated}
        className={`grid min-w-0 gap-4 ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}
      >
        {children}
      </fieldset>
    </form>
  );
}

/** The key-element choice both browsers offer, each element with how many items it would show. */
export function ElementFilterSelect({
  elements,
  counts,
  value,
  onChange,
}: {
  elements: readonly { slug: string; name: string }[];
  counts: ReadonlyMap<string, number>;
  value: string | undefined;
  onChange: (slug: string | undefined) => void;
}) {
  return (
    <FilterSelect
      id="filter-element"
      label="Key element"
      value={value ?? ""}
      allLabel="Any key element"
      options={elements.map((e) => ({
        value: e.slug,
        label: e.name,
        count: counts.get(e.slug) ?? 0,
      }))}
      onChange={(slug) => onChange(slug || undefined)}
    />
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
      <button type="button" onClick={onAction} className={buttonClass}>
        {action}
      </button>
    </div>
  );
}

export const buttonClass =
  "min-h-11 rounded-md border border-line bg-canvas px-3 font-semibold text-ink hover:bg-surface-strong";
