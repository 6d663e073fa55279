import { getContentApi } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { getSite } from "@/lib/site-model/api";
import { buildSearchTextChunks } from "@/lib/search/build";
import { buildSearchRecords } from "@/lib/search/records";

/**
 * The text search results show, in chunks of records (/search-text/0.json, …), built with the
 * index from the same records and emitted as static files: the browser fetches a chunk when
 * results from it are shown.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

let built: { bundle: unknown; chunks: ReturnType<typeof buildSearchTextChunks> } | undefined;

/** Built once per content (again in development when the content changes). */
function chunks() {
  const api = getContentApi();
  if (built?.bundle !== api.bundle) {
    built = {
      bundle: api.bundle,
      chunks: buildSearchTextChunks(buildSearchRecords(api, getSite().pages)),
    };
  }
  return built.chunks;
}

/** The last part of a chunk's address, this route's parameter ("0.json"). */
const segment = (n: number) => routes.searchText(n).split("/").pop() ?? "";

export function generateStaticParams(): { chunk: string }[] {
  return chunks().map((_, n) => ({ chunk: segment(n) }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ chunk: string }> },
): Promise<Response> {
  const { chunk } = await params;
  const found = chunks().find((_, n) => segment(n) === chunk);
  return found ? Response.json(found) : new Response("Not found", { status: 404 });
}
