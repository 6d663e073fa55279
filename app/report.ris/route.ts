import { formatRis } from "@/lib/cite/export-formats";
import { citeReport } from "@/lib/cite/report-citation";
import { getContentApi } from "@/lib/content/api";
import { fileHeaders } from "@/lib/data/file-headers";

// Written as a static file at build, for `next start` and the static export alike.
export const dynamic = "force-static";

export function GET() {
  return new Response(formatRis(citeReport(getContentApi())), {
    headers: fileHeaders.ris.headers,
  });
}
