import { routes } from "@/lib/content/routes";
import type { LoadedSearchIndex } from "@/lib/search/load";
import type { search } from "@/lib/search/query";

/** The loaded index and the function that queries it, both fetched on first use. */
export interface SearchEngine {
  index: LoadedSearchIndex;
  search: typeof search;
}

let loading: Promise<SearchEngine> | undefined;

/**
 * flexsearch, the index and the code that reads and queries it (with the text matcher), fetched
 * together the first time search is wanted (the button is hovered or focused, or search opens)
 * and never before, so the header's button costs every page almost nothing; later calls share
 * the same promise. A failure is not cached, so the next attempt tries again.
 */
export function loadIndex(): Promise<SearchEngine> {
  loading ??= Promise.all([
    import("flexsearch-compact"),
    import("@/lib/search/load"),
    import("@/lib/search/query"),
    fetch(routes.searchIndex()).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    }),
  ])
    .then(([flexsearch, load, query, file]) => {
      if (!load.isSearchIndexFile(file)) throw new Error("search index: unexpected format");
      return { index: load.loadSearchIndex(flexsearch, file), search: query.search };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
