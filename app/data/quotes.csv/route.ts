import { getContentApi } from "@/lib/content/api";
import { fileHeaders } from "@/lib/data/file-headers";
import { quoteRecords, quotesCsv } from "@/lib/data/open-data";
import { site } from "@/lib/site";

// Written once at build, as a file, under next start and in a static export alike.
export const dynamic = "force-static";

export function GET() {
  return new Response(quotesCsv(quoteRecords(getContentApi(), site.url)), {
    headers: fileHeaders.quotesCsv.headers,
  });
}
