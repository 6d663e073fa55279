import { getContentApi } from "@/lib/content/api";
import { dataEnvelope, elementRecords } from "@/lib/data/open-data";
import { site } from "@/lib/site";

// Written once at build, as a file, under next start and in a static export alike.
export const dynamic = "force-static";

export function GET() {
  const records = elementRecords(getContentApi(), site.url);
  return Response.json(
    dataEnvelope(
      "The key elements the news release lists: the release's own wording of each, labelled as the release's, beside this site's number, title and summaries, with related elements and sources.",
      site.url,
      records,
    ),
  );
}
