import { REPORT_BIBTEX_KEY, citeReport } from "@/lib/cite/report-citation";
import { formatBibtex } from "@/lib/cite/export-formats";
import { getContentApi } from "@/lib/content/api";
import { fileHeaders } from "@/lib/data/file-headers";

// Written as a static file at build, for `next start` and the static export alike.
export const dynamic = "force-static";

export function GET() {
  return new Response(formatBibtex(citeReport(getContentApi()), REPORT_BIBTEX_KEY), {
    headers: fileHeaders.bibtex.headers,
  });
}
