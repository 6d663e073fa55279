"use client";

import { Suspense, lazy } from "react";
import { FilterDisclosure } from "@/components/browse/filter-controls";
import { FilterNotice } from "@/components/browse/filter-notice";
import { FilterSelect } from "@/components/browse/filter-select";
import { useHydrated, useTypedText, useUrlFilter } from "@/components/browse/use-url-filter.client";
import {
  type SearchState,
  parseSearchState,
  serializeSearchState,
  validateSearchState,
} from "@/lib/browse/search-filter";
import { searchTypeLabels, searchTypes } from "@/lib/search/search-types";
import { MAX_QUERY_LENGTH, cleanQuery } from "@/lib/text/match";
import { useSearch } from "./use-search";

// The results' own code comes with the index, not with the page: nothing in it can show before.
const SearchResults = lazy(() =>
  import("./search-results").then((module) => ({ default: module.SearchResults })),
);

interface Option {
  slug: string;
  label: string;
}

const toOptions = (options: readonly Option[]) =>
  options.map((option) => ({ value: option.slug, label: option.label }));

const keyNames = { type: "type", speaker: "speaker", element: "key element" } as const;

/**
 * The /search page's form and results. Everything comes from the URL, through the same layer as
 * the quote and finding browsers (useUrlFilter), so any search can be shared, and the page stays
 * static: the server renders the empty form, the address applies once the page's script runs.
 */
export function SearchPage({ speakers, elements }: { speakers: Option[]; elements: Option[] }) {
  const hydrated = useHydrated();
  const [state, setState] = useUrlFilter(parseSearchState, serializeSearchState);
  const { filters, unknown } = validateSearchState(state, {
    speakers: speakers.map((s) => s.slug),
    elements: elements.map((e) => e.slug),
  });
  const urlQuery = state.q ?? "";
  const [query, setQuery] = useTypedText(urlQuery);
  const { state: indexState, outcome, passages } = useSearch(urlQuery, filters, 100);
  const update = (change: Partial<SearchState>) => setState({ ...state, ...change });

  return (
    <>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: cleanQuery(query) || undefined });
        }}
      >
        <fieldset disabled={!hydrated} className="flex min-w-0 flex-col gap-4">
          <div className="flex gap-2">
            <label htmlFor="search-query" className="sr-only">
              Search words
            </label>
            <input
              id="search-query"
              type="search"
              name="q"
              maxLength={MAX_QUERY_LENGTH}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className="min-h-11 w-full min-w-0 rounded-md border border-line bg-surface px-3 text-base text-ink"
            />
            <button
              type="submit"
              className="min-h-11 rounded-md bg-accent px-4 font-semibold text-canvas"
            >
              Search
            </button>
          </div>
          <FilterDisclosure set={Object.keys(filters).length}>
            <div className="grid gap-3 sm:grid-cols-3">
              <FilterSelect
                id="search-type"
                label="Type"
                value={filters.type ?? ""}
                allLabel="Any type"
                options={searchTypes.map((type) => ({
                  value: type,
                  label: searchTypeLabels[type],
                }))}
                onChange={(type) => update({ type })}
              />
              <FilterSelect
                id="search-speaker"
                label="Speaker"
                value={filters.speaker ?? ""}
                allLabel="Any speaker"
                options={toOptions(speakers)}
                onChange={(speaker) => update({ speaker })}
              />
              <FilterSelect
                id="search-element"
                label="Key element"
                value={filters.element ?? ""}
                allLabel="Any key element"
                options={toOptions(elements)}
                onChange={(element) => update({ element })}
              />
            </div>
          </FilterDisclosure>
        </fieldset>
      </form>
      {unknown.map(({ key, value }) => (
        <FilterNotice
          key={key}
          action={`Clear the ${keyNames[key]} filter`}
          onAction={() => update({ [key]: undefined })}
        >
          This site has no {keyNames[key]} called “{value}”, so that filter is not applied.
        </FilterNotice>
      ))}
      <Suspense
        fallback={
          <p role="status" className="mt-6 text-ink-muted">
            Loading search…
          </p>
        }
      >
        <SearchResults
          state={indexState}
          query={urlQuery}
          outcome={outcome}
          passages={passages}
          onSearch={(words) => {
            setQuery(words);
            update({ q: cleanQuery(words) || undefined });
          }}
          filters={filters}
          names={{ speakers, elements }}
          onDropFilter={(key) => update({ [key]: undefined })}
        />
      </Suspense>
    </>
  );
}
