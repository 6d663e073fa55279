import type { ReactNode } from "react";

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
