"use client";

import { useDeferredValue, useEffect, useState } from "react";
import { QUOTE_BROWSER_DATA } from "@/lib/browse/quote-pages";
import { FilterForm, FilterText } from "@/components/browse/filter-controls";
import { FilterNotice, buttonClass } from "@/components/browse/filter-notice";
import { FilterSelect, elementOptions } from "@/components/browse/filter-select";
import { useHydrated, useTypedText, useUrlFilter } from "@/components/browse/use-url-filter.client";
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
import { QuotePageNav } from "./quote-page-nav";

/** A speaker or element to filter by, with how many quotes it has in all. */
type Option = { slug: string; name: string; count: number };
/** A speaker, and the page and anchor where their quotes start, for readers without JavaScript. */
type SpeakerLink = { slug: string; name: string; count: number; href: string };

/** Every quote, once a filter has asked for them: "idle" until then and while they load. */
type AllQuotes = { state: "idle" | "failed" } | { state: "ready"; quotes: QuoteView[] };

/**
 * The quote browser: speaker, element and text filters kept in the URL. Unfiltered, it shows one
 * page of quotes; the server renders that, so without JavaScript a page still lists its quotes
 * (with links to each speaker's, as the filters need JavaScript). A filter searches every quote:
 * the browser then fetches them all once.
 */
export function QuoteBrowser({
  pageQuotes,
  page,
  pageCount,
  firstOnPage,
  total,
  speakers,
  elements,
  speakerLinks,
}: {
  pageQuotes: QuoteView[];
  page: number;
  pageCount: number;
  firstOnPage: number;
  total: number;
  speakers: Option[];
  elements: Option[];
  speakerLinks: SpeakerLink[];
}) {
  const hydrated = useHydrated();
  const [raw, setFilter] = useUrlFilter(parseQuoteFilter, serializeQuoteFilter);
  const { filter, unknown } = validateQuoteFilter(raw, {
    speakers: speakers.map((s) => s.slug),
    elements: elements.map((e) => e.slug),
  });

  const [text, setText] = useTypedText(raw.q ?? "");
  const q = useDeferredValue(text.trim());
  const active: QuoteFilter = { ...filter, q: q || undefined };
  const filtering = Boolean(active.speaker || active.element || active.q);

  const [all, setAll] = useState<AllQuotes>({ state: "idle" });
  const needed = filtering && all.state === "idle";
  useEffect(() => {
    if (!needed) return;
    let live = true;
    fetch(QUOTE_BROWSER_DATA)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<{ quotes: QuoteView[] }>;
      })
      .then((data) => live && setAll({ state: "ready", quotes: data.quotes }))
      .catch(() => live && setAll({ state: "failed" }));
    return () => {
      live = false;
    };
  }, [needed]);

  const quotes = all.state === "ready" ? all.quotes : null;
  const shown = filtering ? (quotes ? filterQuotes(quotes, active) : []) : pageQuotes;
  const counts = quotes
    ? quoteFacetCounts(quotes, active)
    : {
        speakers: new Map(speakers.map((s) => [s.slug, s.count])),
        elements: new Map(elements.map((e) => [e.slug, e.count])),
      };

  // The server's list and this one differ in height above a linked quote: land on it again.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  const update = (change: Partial<QuoteFilter>, mode: "push" | "replace" = "push") =>
    setFilter({ ...raw, q: text.trim() || undefined, ...change }, mode);
  const clearAll = () => {
    setText("");
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
      <noscript>
        <p className="mb-4">The filters need JavaScript. Each speaker&rsquo;s quotes start at:</p>
        <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          {speakerLinks.map((speaker) => (
            <li key={speaker.slug}>
              <a href={speaker.href}>
                {speaker.name} ({speaker.count})
              </a>
            </li>
          ))}
        </ul>
      </noscript>
      <FilterForm
        label="Filter the quotes"
        hydrated={hydrated}
        columns={3}
        set={[filter.speaker, filter.element, q].filter(Boolean).length}
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
          onChange={(speaker) => update({ speaker })}
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
          label="Words in the quote"
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
          action={`Clear the ${key} filter`}
          onAction={() => update({ [key]: undefined })}
        >
          This site has no {key === "speaker" ? "speaker" : "key element"} called “{value}”, so the{" "}
          {key} filter is not applied.
        </FilterNotice>
      ))}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p role="status" className="font-medium">
          {!filtering
            ? pageCount > 1
              ? `Showing quotes ${firstOnPage} to ${firstOnPage + pageQuotes.length - 1} of ${total}.`
              : `Showing ${total} of ${total} quotes.`
            : quotes
              ? `Showing ${shown.length} of ${total} quotes: ${description.join(", ")}.`
              : all.state === "failed"
                ? "The quotes could not be loaded, so the filters cannot be applied."
                : "Loading the quotes…"}
        </p>
        {all.state === "failed" ? (
          <button type="button" onClick={() => setAll({ state: "idle" })} className={buttonClass}>
            Try again
          </button>
        ) : null}
        {description.length > 0 || unknown.length > 0 ? (
          <button type="button" onClick={clearAll} className={buttonClass}>
            Show all quotes
          </button>
        ) : null}
      </div>
      {filtering && quotes && shown.length === 0 ? (
        <p className="mt-6">
          No quote matches these filters. Try fewer words, another speaker or another key element,
          or show all quotes.
        </p>
      ) : null}
      <QuoteGroups quotes={shown} />
      {filtering ? null : <QuotePageNav page={page} pageCount={pageCount} />}
    </>
  );
}
