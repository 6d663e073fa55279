"use client";

import { FilterNotice, FilterSelect, buttonClass } from "@/components/browse/filter-controls";
import { useHydrated, useUrlFilter } from "@/components/browse/use-url-filter.client";
import type { FindingFilter } from "@/lib/browse/finding-filter";
import {
  findingFacetCounts,
  matchesFindingFilter,
  parseFindingFilter,
  serializeFindingFilter,
  validateFindingFilter,
} from "@/lib/browse/finding-filter";
import type { FindingSummary } from "@/lib/content/api";
import { FindingGroups } from "./finding-groups";
import { findingGroupTitles, findingKindOrder } from "./finding-kinds";

/** Findings filtered by kind and key element, the choice kept in the URL. */
export function FindingBrowser({
  findings,
  elements,
}: {
  findings: FindingSummary[];
  elements: { slug: string; name: string }[];
}) {
  const [raw, setFilter] = useUrlFilter(parseFindingFilter, serializeFindingFilter);
  const hydrated = useHydrated();
  const { filter, unknown } = validateFindingFilter(raw, {
    kinds: findingKindOrder,
    elements: elements.map((e) => e.slug),
  });
  const shown = findings.filter((f) => matchesFindingFilter(f, filter));
  const counts = findingFacetCounts(findings, filter);
  const update = (change: Partial<FindingFilter>) => setFilter({ ...raw, ...change });
  const filtered = Boolean(filter.kind || filter.element);

  return (
    <>
      <form
        role="search"
        aria-label="Filter the findings"
        onSubmit={(event) => event.preventDefault()}
        className="rounded-lg border border-line bg-surface p-4"
      >
        {/* Off until the page's JavaScript runs (without it, the list shows every finding). */}
        <fieldset disabled={!hydrated} className="grid min-w-0 gap-4 sm:grid-cols-2">
          <FilterSelect
            id="filter-kind"
            label="Kind of finding"
            value={filter.kind ?? ""}
            allLabel="Every kind"
            options={findingKindOrder.map((kind) => ({
              value: kind,
              label: findingGroupTitles[kind],
              count: counts.kinds.get(kind) ?? 0,
            }))}
            onChange={(value) => update({ kind: value || undefined })}
          />
          <FilterSelect
            id="filter-element"
            label="Key element"
            value={filter.element ?? ""}
            allLabel="Any key element"
            options={elements.map((e) => ({
              value: e.slug,
              label: e.name,
              count: counts.elements.get(e.slug) ?? 0,
            }))}
            onChange={(value) => update({ element: value || undefined })}
          />
        </fieldset>
      </form>
      {unknown.map(({ key, value }) => (
        <FilterNotice
          key={key}
          action={`Clear the ${key === "kind" ? "kind" : "element"} filter`}
          onAction={() => update({ [key]: undefined })}
        >
          This site has no {key === "kind" ? "kind of finding" : "key element"} called “{value}
          ”, so that filter is not applied.
        </FilterNotice>
      ))}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p role="status" className="font-medium">
          Showing {shown.length} of {findings.length} findings.
        </p>
        {filtered || unknown.length > 0 ? (
          <button type="button" onClick={() => setFilter({})} className={buttonClass}>
            Show all findings
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="mt-6">No finding is of this kind and on this key element.</p>
      ) : null}
      <FindingGroups findings={shown} />
    </>
  );
}
