/**
 * The files the site offers to download or reuse, each with the headers it is sent with: by the
 * route handler that writes it under `next start`, and by a static host, which reads them from
 * the export's `_headers` (hosts would otherwise guess the type from the extension, and most know
 * neither BibTeX nor RIS).
 */
export const fileHeaders = {
  "/report.bib": {
    "Content-Type": "application/x-bibtex; charset=utf-8",
    "Content-Disposition": 'attachment; filename="report.bib"',
  },
  "/report.ris": {
    "Content-Type": "application/x-research-info-systems; charset=utf-8",
    "Content-Disposition": 'attachment; filename="report.ris"',
  },
  "/data/quotes.csv": { "Content-Type": "text/csv; charset=utf-8" },
  "/changes.xml": { "Content-Type": "application/atom+xml; charset=utf-8" },
} as const satisfies Record<string, Record<string, string>>;
