"use client";

import { useDeferredValue } from "react";
import { FilterForm, FilterText } from "@/components/browse/filter-controls";
import { FilterNotice, buttonClass } from "@/components/browse/filter-notice";
import { FilterSelect, elementOptions } from "@/components/browse/filter-select";
import { useHydrated, useTypedText, useUrlFilter } from "@/components/browse/use-url-filter.client";
import type { FindingFilter } from "@/lib/browse/finding-filter";
import {
  filterFindings,
  findingFacetCounts,
  parseFindingFilter,
  serializeFindingFilter,
  validateFindingFilter,
} from "@/lib/browse/finding-filter";
import type { FindingSummary } from "@/lib/content/content-api";
import { FindingGroups } from "./finding-groups";
import { findingGroupTitles, findingKindOrder } from "./finding-kinds";

/** Findings filtered by kind, key element and words, the choice kept in the URL. */
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
  const [text, setText] = useTypedText(raw.q ?? "");
  const q = useDeferredValue(text.trim());
  const active: FindingFilter = { ...filter, q: q || undefined };
  const shown = filterFindings(findings, active);
  const counts = findingFacetCounts(findings, active);
  const update = (change: Partial<FindingFilter>, mode: "push" | "replace" = "push") =>
    setFilter({ ...raw, q: text.trim() || undefined, ...change }, mode);
  const clearAll = () => {
    setText("");
    setFilter({});
  };
  const filtered = Boolean(active.kind || active.element || active.q);

  return (
    <>
      <FilterForm
        label="Filter the findings"
        hydrated={hydrated}
        columns={3}
        set={[filter.kind, filter.element, q].filter(Boolean).length}
      >
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
          onChange={(kind) => update({ kind })}
        />
        <FilterSelect
          id="filter-element"
          label="Key element"
          value={filter.element ?? ""}
          allLabel="Any key element"
          options={elementOptions(elements, counts.elements)}
          onChange={(element) => update({ element })}
        />
        <FilterText
          id="filter-text"
          label="Words in the finding"
          value={text}
          onChange={(value) => {
            setText(value);
            update({ q: value.trim() || undefined }, "replace");
          }}
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
          Showing {shown.length} of {findings.length} findings
          {active.q ? ` containing “${active.q}”` : ""}.
        </p>
        {filtered || unknown.length > 0 ? (
          <button type="button" onClick={clearAll} className={buttonClass}>
            Show all findings
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="mt-6">
          No finding matches these filters. Try fewer words, another kind or another key element, or
          show all findings.
        </p>
      ) : null}
      <FindingGroups findings={shown} />
    </>
  );
}
