import { getContentApi } from "@/lib/content/api";
import { dataEnvelope, quoteRecords } from "@/lib/data/open-data";
import { site } from "@/lib/site";

// Written once at build, as a file, under next start and in a static export alike.
export const dynamic = "force-static";

export function GET() {
  const records = quoteRecords(getContentApi(), site.url);
  return Response.json(
    dataEnvelope(
      "Every quote from the news release on the concluding report, word for word.",
      site.url,
      records,
    ),
  );
}
