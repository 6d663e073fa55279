import type { Metadata } from "next";
import { OpenData } from "@/components/browse/open-data";
import { FindingBrowser } from "@/components/findings/finding-browser.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.findings());

export default function FindingsPage() {
  const page = getSite().require(routes.findings());
  const { findings, elements } = pageProps.lists();
  return (
    <>
      <PageHeader
        title={page.title}
        lead={
          <p>
            What the study found, summarised in our own words. Each finding links to the key
            elements it relates to and names its sources. Narrow the list by kind, key element or
            words; the address of the page keeps your choice.
          </p>
        }
        changes={page.changes}
      />
      {/* Rendered on the server unfiltered, so without JavaScript it lists every finding. */}
      <FindingBrowser
        findings={findings}
        elements={elements.map((e) => ({ slug: e.slug, name: e.title }))}
      />
      <OpenData />
    </>
  );
}
