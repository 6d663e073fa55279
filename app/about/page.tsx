import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportCitation } from "@/components/cite/report-citation";
import { Timeline } from "@/components/about/timeline";
import { OpenData } from "@/components/browse/open-data";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { OnThisPage } from "@/components/ui/on-this-page";
import { ContentPageHeader } from "@/components/layout/page-header";
import { Section } from "@/components/ui/section";
import { routes, sectionId } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

const SLUG = "about";

export const metadata: Metadata = metadataFor(routes.page(SLUG));

export default function AboutPage() {
  const props = pageProps.contentPage(SLUG);
  if (!props) notFound();
  const { page, content, glossary, timelineSources } = props;
  return (
    <article>
      <ContentPageHeader page={page} marks={glossary.lead} />
      <OnThisPage
        items={[
          ...props.contents,
          { id: sectionId.timeline, label: "Timeline" },
          { id: sectionId.sources, label: "Sources" },
        ]}
      />
      <MdxContent code={content.body.code} glossary={glossary.body} />
      <Section id={sectionId.timeline} title="Timeline">
        <Timeline events={props.events} sourceFor={(slug) => timelineSources.get(slug)} />
      </Section>
      <OpenData />
      <SourceList sources={props.sources} />
      <ReportCitation work={pageProps.reportCitation()} page={page.path} />
    </article>
  );
}
