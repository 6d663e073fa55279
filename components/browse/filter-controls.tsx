import { ChevronDown } from "lucide-react";
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
 * The filters behind one "Filters (2 set)" control on a phone, so that the first result shows
 * on the first screen; from `sm` up they are always shown and the control is hidden (as the
 * header's menu does). A <details> disclosure: it opens from the keyboard and without JavaScript.
 * `set` is how many filters are applied.
 */
export function FilterDisclosure({ set, children }: { set: number; children: ReactNode }) {
  return (
    <details className="group sm:details-content:[content-visibility:visible]">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-semibold text-ink hover:bg-surface-strong sm:hidden [&::-webkit-details-marker]:hidden">
        {set > 0 ? `Filters (${set} set)` : "Filters"}
        <ChevronDown
          aria-hidden="true"
          className="size-4 group-open:rotate-180 motion-safe:transition-transform"
        />
      </summary>
      <div className="max-sm:mt-3">{children}</div>
    </details>
  );
}

/**
 * The filters' form: a search landmark that never submits (each choice updates the address as it
 * is made). Its controls are off until the page's JavaScript runs: without it, the list shows
 * everything, and a choice made before would be lost. On a phone they sit behind FilterDisclosure.
 */
export function FilterForm({
  label,
  hydrated,
  columns,
  set,
  children,
}: {
  label: string;
  hydrated: boolean;
  columns: 2 | 3;
  /** How many filters are applied, for the phone's "Filters (1 set)". */
  set: number;
  children: ReactNode;
}) {
  return (
    <form role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <FilterDisclosure set={set}>
        <fieldset
          disabled={!hydrated}
          className={`grid min-w-0 gap-4 rounded-lg border border-line bg-surface p-4 ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}
        >
          {children}
        </fieldset>
      </FilterDisclosure>
    </form>
  );
}
