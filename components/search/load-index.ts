import { SEARCH_INDEX_PATH } from "@/lib/search/definition";
import { type LoadedSearchIndex, isSearchIndexFile, loadSearchIndex } from "@/lib/search/load";

let loading: Promise<LoadedSearchIndex> | undefined;

/**
 * flexsearch and the index, fetched together the first time search is wanted (the button is
 * hovered or focused, or search opens) and never before; later calls share the same promise.
 * A failure is not cached, so the next attempt tries again.
 */
export function loadIndex(): Promise<LoadedSearchIndex> {
  loading ??= Promise.all([
    import("flexsearch-compact"),
    fetch(SEARCH_INDEX_PATH).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    }),
  ])
    .then(([flexsearch, file]) => {
      if (!isSearchIndexFile(file)) throw new Error("search index: unexpected format");
      return loadSearchIndex(flexsearch, file);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
