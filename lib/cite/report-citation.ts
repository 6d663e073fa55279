import type { ContentApi } from "@/lib/content/content-api";
import { site } from "@/lib/site";
import { reportWork } from "./content";
import type { CitableWork } from "./work";

/** The BibTeX key of the report, stable so that people's bibliographies keep working. */
export const REPORT_BIBTEX_KEY = "celcis2023childrensservicesreform";

/**
 * The report as a citable work, from lib/site.ts and the source that holds the report's file
 * (`reportFile` in content/site.yaml): its URL goes in the citation.
 */
export function citeReport(api: Pick<ContentApi, "getSource" | "getSiteConfig">): CitableWork {
  return reportWork(
    { title: site.reportTitle, publisher: site.publisher, published: site.published },
    api.getSource(api.getSiteConfig().reportFile),
  );
}
