import { CiteThis } from "@/components/cite/cite-this";
import { ReportDownloads } from "@/components/cite/report-downloads";
import { JsonLd } from "@/components/seo/json-ld";
import type { CitableWork } from "@/lib/cite/work";
import { celcisOrganization, reportJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

/** "Cite this" for the concluding report, with BibTeX and RIS files and its structured data. */
export function ReportCitation({ work, page }: { work: CitableWork; page: string }) {
  return (
    <>
      <CiteThis
        work={work}
        intro="To refer to the concluding report in your own work, cite it like this, or download the citation for your reference manager:"
      >
        <ReportDownloads />
      </CiteThis>
      <JsonLd
        data={reportJsonLd({
          title: site.reportTitle,
          published: site.published,
          organisation: celcisOrganization(site.publisher, site.publisherFull, site.university),
          page: absoluteUrl(page),
          ...(work.url ? { url: work.url } : {}),
        })}
      />
    </>
  );
}
