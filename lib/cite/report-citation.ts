import type { ContentApi } from "@/lib/content/content-api";
import { site } from "@/lib/site";
import { reportWork } from "./content";
import type { CitableWork } from "./work";

/** The source that holds the concluding report's file: its URL goes in the report's citation. */
export const REPORT_SOURCE = "better-care-network-report";

/** The BibTeX key of the report, stable so that people's bibliographies keep working. */
export const REPORT_BIBTEX_KEY = "celcis2023childrensservicesreform";

/** The report as a citable work, from lib/site.ts and the report's source in content/. */
export function citeReport(api: Pick<ContentApi, "getSource">): CitableWork {
  return reportWork(
    { title: site.reportTitle, publisher: site.publisher, published: site.published },
    api.getSource(REPORT_SOURCE),
  );
}
