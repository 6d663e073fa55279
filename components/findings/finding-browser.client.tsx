"use client";

import {
  ElementFilterSelect,
  FilterForm,
  FilterNotice,
  FilterSelect,
  buttonClass,
} from "@/components/browse/filter-controls";
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
      <FilterForm label="Filter the findings" hydrated={hydrated} columns={2}>
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
        <ElementFilterSelect
          elements={elements}
          counts={counts.elements}
          value={filter.element}
          onChange={(element) => update({ element })}
        />
      </FilterForm>
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
