import { searchFiles } from "@/lib/content/routes";
import type { LoadedSearchIndex } from "@/lib/search/load";
import type { runSearch } from "@/lib/search/query";

/** The loaded index, the function that queries it, and a way to fetch the text results show. */
export interface SearchEngine {
  index: LoadedSearchIndex;
  run: typeof runSearch;
  /**
   * Fetches the text chunks these records' text is in, unless they are here already; resolves
   * to true when any of them was missing (the results can now say more).
   */
  loadText: (ids: readonly number[]) => Promise<boolean>;
}

let loading: Promise<SearchEngine> | undefined;

const fetchJson = (url: string) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });

/**
 * flexsearch, the index and the code that reads and queries it (with the text matcher), fetched
 * together the first time search is wanted (the button is hovered or focused, or search opens)
 * and never before, so the header's button costs every page almost nothing; later calls share
 * the same promise. A failure is not cached, so the next attempt tries again. The text shown in
 * results comes later, a chunk at a time, when results from it are shown.
 */
export function loadIndex(): Promise<SearchEngine> {
  loading ??= Promise.all([
    import("flexsearch-compact"),
    import("@/lib/search/load"),
    import("@/lib/search/query"),
    fetchJson(searchFiles.searchIndex()),
  ])
    .then(([flexsearch, load, query, file]) => {
      if (!load.isSearchIndexFile(file)) throw new Error("search index: unexpected format");
      const index = load.loadSearchIndex(flexsearch, file);
      const chunks = new Map<number, Promise<void>>();
      const fetchChunk = (n: number) => {
        let chunk = chunks.get(n);
        if (!chunk) {
          chunk = fetchJson(searchFiles.searchText(n)).then((data) => {
            if (!load.isSearchTextChunk(data)) throw new Error("search text: unexpected format");
            load.attachTextChunk(index, data);
          });
          // A failed chunk is fetched again next time.
          chunk.catch(() => chunks.delete(n));
          chunks.set(n, chunk);
        }
        return chunk;
      };
      const loadText = async (ids: readonly number[]) => {
        const missing = load.missingChunks(index, ids);
        await Promise.all(missing.map(fetchChunk));
        return missing.length > 0;
      };
      return { index, run: query.runSearch, loadText };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
