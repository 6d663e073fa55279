import { routes } from "@/lib/content/routes";

/** The report's citation as files for reference managers (generated at build, see app/report.*). */
export function ReportDownloads() {
  return (
    <ul className="mt-5 flex flex-wrap gap-x-6 gap-y-2">
      <li>
        <a href={routes.reportBibtex()} download>
          Download BibTeX (.bib)
        </a>
      </li>
      <li>
        <a href={routes.reportRis()} download>
          Download RIS (.ris)
        </a>
      </li>
    </ul>
  );
}
