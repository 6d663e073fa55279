import type { Metadata } from "next";
import { OpenData } from "@/components/browse/open-data";
import { FindingBrowser } from "@/components/findings/finding-browser.client";
import { PageHeader } from "@/components/ui/page-header";
import { getElements, getFindings } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Findings",
  description:
    "What the Children's Services Reform Research study found, in plain words, with the sources behind each finding.",
  path: routes.findings(),
});

export default function FindingsPage() {
  const findings = getFindings();
  const elements = getElements().map((e) => ({ slug: e.slug, name: e.title }));
  return (
    <>
      <PageHeader
        title="Findings"
        lead={
          <p>
            What the study found, summarised in our own words. Each finding links to the key
            elements it relates to and names its sources. Narrow the list by kind or key element;
            the address of the page keeps your choice.
          </p>
        }
      />
      {/* Rendered on the server unfiltered, so without JavaScript it lists every finding. */}
      <FindingBrowser findings={findings} elements={elements} />
      <OpenData />
    </>
  );
}
