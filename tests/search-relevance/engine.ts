/**
 * The one place the relevance benchmark and its test touch the search engine: the real index,
 * built from the real content the way the site builds it and loaded through JSON the way the
 * browser loads it, and two small adapters over the engine's result shape. When lib/search or
 * components/search/result-body.tsx change how results come back or are marked, update
 * `rankedAddresses` and `shownResults` here, and nothing else.
 */
import * as flexsearch from "flexsearch";
import { readContentBundle } from "../../lib/content/bundle";
import { createContentApi } from "../../lib/content/content-api";
import { buildSearchIndexFile, buildSearchTextChunks } from "../../lib/search/build";
import { type LoadedSearchIndex, isSearchIndexFile, loadSearchIndex } from "../../lib/search/load";
import { search } from "../../lib/search/query";
import { buildSearchRecords } from "../../lib/search/records";
import { type TextPart, describeHit } from "../../lib/search/snippet";
import { type SiteModel, buildSiteModel } from "../../lib/site-model/model";

/** As many results as the search dialog shows. */
export const SHOWN_IN_DIALOG = 20;
/** As many as the /search page shows. */
export const SHOWN_ON_PAGE = 100;

export interface RealSearch {
  model: SiteModel;
  index: LoadedSearchIndex;
}

let built: RealSearch | undefined;

/** The site model and the search index over the real content, built once per process. */
export function realSearch(): RealSearch {
  if (built) return built;
  const bundle = readContentBundle();
  const model = buildSiteModel(bundle);
  const records = buildSearchRecords(createContentApi(bundle), model.pages);
  const file: unknown = JSON.parse(JSON.stringify(buildSearchIndexFile(flexsearch, records)));
  if (!isSearchIndexFile(file)) throw new Error("the built search index fails its own check");
  // The text results show is fetched apart, in chunks; here, all of it at once.
  const chunks = JSON.parse(JSON.stringify(buildSearchTextChunks(records))) as ReturnType<
    typeof buildSearchTextChunks
  >;
  built = { model, index: loadSearchIndex(flexsearch, file, chunks) };
  return built;
}

/** The addresses search returns for a query, best first, as many as the dialog shows. */
export function rankedAddresses(engine: RealSearch, query: string): string[] {
  return search(engine.index, query, {}, SHOWN_IN_DIALOG).map((hit) => hit.record.url);
}

export interface ShownResult {
  url: string;
  /** Every part of the result the reader sees, with the marked ones flagged. */
  parts: TextPart[];
}

/**
 * Every result the /search page shows for a query, with its text marked as ResultBody marks it
 * (components/search/result-body.tsx, through describeHit): the title and the snippet.
 */
export function shownResults(engine: RealSearch, query: string): ShownResult[] {
  return search(engine.index, query, {}, SHOWN_ON_PAGE).map((hit) => {
    const view = describeHit(hit, engine.index.passages[hit.id]);
    return { url: hit.record.url, parts: [...view.title, ...(view.snippet ?? [])] };
  });
}
