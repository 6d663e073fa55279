import * as flexsearch from "flexsearch";
import { getContentApi } from "@/lib/content/api";
import { getSite } from "@/lib/site-model/api";
import { buildSearchIndexFile } from "@/lib/search/build";
import { buildSearchRecords } from "@/lib/search/records";

/**
 * The search index, built from the content API at build time and emitted as a static file
 * (/search-index.json) under `next start` and in a static export alike: a plain GET of a file,
 * no server code at request time. `next dev` builds it on request from the current content.
 */
export const dynamic = "force-static";

export function GET(): Response {
  const api = getContentApi();
  const file = buildSearchIndexFile(flexsearch, buildSearchRecords(api, getSite().pages));
  return Response.json(file);
}
