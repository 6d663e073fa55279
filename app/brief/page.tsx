import type { Metadata } from "next";
import { BriefPage } from "@/components/brief/brief-page.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { getSite } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.brief());

/**
 * Static: the brief is kept in the reader's browser (or read from the address there), and the
 * words of its items come from a static file fetched by this page alone.
 */
export default function Brief() {
  const page = getSite().require(routes.brief());
  return (
    <>
      <div className="print:hidden">
        <PageHeader
          title={page.title}
          lead={
            <p>
              Collect quotes, findings and key elements with “Add to brief”, then print them or
              download them as Word or Markdown, each with its citation and link. Your brief is kept
              in this browser only: nothing is sent anywhere.
            </p>
          }
        />
      </div>
      <noscript>
        <p className="rounded-md border border-line p-4">
          The brief is kept in your browser and needs JavaScript. Without it, every quote, finding
          and key element has its own page with its citation.
        </p>
      </noscript>
      <div className="min-h-[50vh]">
        <BriefPage
          dataUrl={routes.briefData()}
          briefPath={routes.brief()}
          browse={{
            elements: routes.elements(),
            findings: routes.findings(),
            quotes: routes.quotes(),
            search: routes.search(),
          }}
        />
      </div>
    </>
  );
}
