import { getContentApi } from "@/lib/content/api";
import { dataEnvelope, findingRecords } from "@/lib/data/open-data";
import { site } from "@/lib/site";

// Written once at build, as a file, under next start and in a static export alike.
export const dynamic = "force-static";

export function GET() {
  const records = findingRecords(getContentApi(), site.url);
  return Response.json(
    dataEnvelope(
      "The study's findings as this site summarises them, with their key elements and sources.",
      site.url,
      records,
    ),
  );
}
