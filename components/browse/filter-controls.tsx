import type { ReactNode } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/text/match";
import { fieldClass } from "./filter-select";

/** The browsers' words box: what is typed is matched as search matches it (lib/text/match.ts). */
export function FilterText({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={fieldClass}
      />
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
