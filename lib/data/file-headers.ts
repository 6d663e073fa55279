import { routes } from "@/lib/content/routes";

/**
 * The files the site offers to download, reuse or follow, each with its address and the headers
 * it is sent with: by the route handler that writes it under `next start`, and by a static host,
 * which reads them from the export's `_headers` (hosts would otherwise guess the type from the
 * extension, and most know neither BibTeX nor RIS).
 */
export const fileHeaders = {
  bibtex: {
    path: routes.reportBibtex(),
    headers: {
      "Content-Type": "application/x-bibtex; charset=utf-8",
      "Content-Disposition": 'attachment; filename="report.bib"',
    },
  },
  ris: {
    path: routes.reportRis(),
    headers: {
      "Content-Type": "application/x-research-info-systems; charset=utf-8",
      "Content-Disposition": 'attachment; filename="report.ris"',
    },
  },
  quotesCsv: { path: routes.quotesCsv(), headers: { "Content-Type": "text/csv; charset=utf-8" } },
  changesFeed: {
    path: routes.changesFeed(),
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  },
  /** The index of the site's pages for language models, and all their Markdown (lib/markdown). */
  llmsTxt: { path: routes.llmsTxt(), headers: { "Content-Type": "text/plain; charset=utf-8" } },
  llmsFullTxt: {
    path: routes.llmsFullTxt(),
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  },
} as const satisfies Record<string, { path: string; headers: Record<string, string> }>;
