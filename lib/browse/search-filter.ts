import { isSearchType, searchTypes } from "@/lib/search/search-types";
import type { SearchFilters } from "@/lib/search/query";
import { cleanQuery } from "@/lib/text/match";
import { parseUrlFilter, serializeUrlFilter, validateUrlFilter } from "./url-filter";

/** What /search is showing, as read from (and written back to) the URL. */
export interface SearchState {
  q?: string;
  type?: string;
  speaker?: string;
  element?: string;
}

const KEYS = ["q", "type", "speaker", "element"] as const;

/** URL → state: the words cleaned as search reads them, each filter once, trimmed. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state = parseUrlFilter(params, KEYS);
  const q = cleanQuery(state.q ?? "");
  return { ...state, q: q || undefined };
}

export function serializeSearchState(state: SearchState): string {
  return serializeUrlFilter(state, KEYS);
}

/**
 * The filters search applies, and the values in the URL that name nothing the site knows, for
 * a clear message.
 */
export function validateSearchState(
  state: SearchState,
  known: { speakers: readonly string[]; elements: readonly string[] },
): { filters: SearchFilters; unknown: { key: "type" | "speaker" | "element"; value: string }[] } {
  const { filter, unknown } = validateUrlFilter(state, {
    type: searchTypes,
    speaker: known.speakers,
    element: known.elements,
  });
  const filters: SearchFilters = {
    ...(filter.type && isSearchType(filter.type) ? { type: filter.type } : {}),
    ...(filter.speaker ? { speaker: filter.speaker } : {}),
    ...(filter.element ? { element: filter.element } : {}),
  };
  return { filters, unknown };
}
