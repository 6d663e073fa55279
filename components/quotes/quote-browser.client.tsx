"use client";

import { useDeferredValue, useEffect, useState } from "react";
import { FilterNotice, FilterSelect, buttonClass } from "@/components/browse/filter-controls";
import { useUrlFilter } from "@/components/browse/use-url-filter.client";
import type { QuoteFilter } from "@/lib/browse/quote-filter";
import {
  filterQuotes,
  parseQuoteFilter,
  quoteFacetCounts,
  serializeQuoteFilter,
  validateQuoteFilter,
} from "@/lib/browse/quote-filter";
import type { QuoteView } from "@/lib/content/quote-view";
import { QuoteGroups } from "./quote-groups";

type Option = { slug: string; name: string };

/**
 * The quote browser: speaker, element and text filters kept in the URL. The server renders
 * every quote as this island's Suspense fallback, so without JavaScript all of them show.
 */
export function QuoteBrowser({
  quotes,
  speakers,
  elements,
}: {
  quotes: QuoteView[];
  speakers: Option[];
  elements: Option[];
}) {
  const [raw, setFilter] = useUrlFilter(parseQuoteFilter, serializeQuoteFilter);
  const { filter, unknown } = validateQuoteFilter(raw, {
    speakers: speakers.map((s) => s.slug),
    elements: elements.map((e) => e.slug),
  });

  // The text box keeps its own state so typing is never held up by the URL update.
  const [text, setText] = useState(raw.q ?? "");
  const [urlText, setUrlText] = useState(raw.q ?? "");
  if ((raw.q ?? "") !== urlText) {
    setUrlText(raw.q ?? "");
    setText(raw.q ?? "");
  }
  const q = useDeferredValue(text.trim());
  const active: QuoteFilter = { ...filter, q: q || undefined };
  const shown = filterQuotes(quotes, active);
  const counts = quoteFacetCounts(quotes, active);

  // The server's list and this one differ in height above a linked quote: land on it again.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  const update = (change: Partial<QuoteFilter>, mode: "push" | "replace" = "push") =>
    setFilter({ ...raw, q: text.trim() || undefined, ...change }, mode);
  const clearAll = () => {
    setText("");
    setUrlText("");
    setFilter({});
  };
  const nameOf = (list: Option[], slug?: string) => list.find((o) => o.slug === slug)?.name;
  const description = [
    filter.speaker ? `by ${nameOf(speakers, filter.speaker)}` : "",
    filter.element ? `on ${nameOf(elements, filter.element)}` : "",
    q ? `containing “${q}”` : "",
  ].filter(Boolean);

  return (
    <>
      <form
        role="search"
        aria-label="Filter the quotes"
        onSubmit={(event) => event.preventDefault()}
        className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-3"
      >
        <FilterSelect
          id="filter-speaker"
          label="Speaker"
          value={filter.speaker ?? ""}
          allLabel={`All speakers (${[...counts.speakers.values()].reduce((a, b) => a + b, 0)})`}
          options={speakers.map((s) => ({
            value: s.slug,
            label: s.name,
            count: counts.speakers.get(s.slug) ?? 0,
          }))}
          onChange={(value) => update({ speaker: value || undefined })}
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
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-text" className="text-sm font-semibold">
            Words in the quote
          </label>
          <input
            id="filter-text"
            type="search"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setUrlText(event.target.value.trim());
              update({ q: event.target.value.trim() || undefined }, "replace");
            }}
            className="min-h-11 w-full rounded-md border border-line bg-canvas px-3 text-ink"
          />
        </div>
      </form>
      {unknown.map(({ key, value }) => (
        <FilterNotice
          key={key}
          action={`Clear the ${key} filter`}
          onAction={() => update({ [key]: undefined })}
        >
          This site has no {key === "speaker" ? "speaker" : "key element"} called “{value}”, so the{" "}
          {key} filter is not applied.
        </FilterNotice>
      ))}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p role="status" className="font-medium">
          Showing {shown.length} of {quotes.length} quotes
          {description.length > 0 ? `: ${description.join(", ")}` : ""}.
        </p>
        {description.length > 0 || unknown.length > 0 ? (
          <button type="button" onClick={clearAll} className={buttonClass}>
            Show all quotes
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="mt-6">
          No quote matches these filters. Try fewer words, another speaker or another key element,
          or show all quotes.
        </p>
      ) : null}
      <QuoteGroups quotes={shown} all={quotes} />
    </>
  );
}
