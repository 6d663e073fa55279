import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportCitation } from "@/components/cite/report-citation";
import { Timeline } from "@/components/about/timeline";
import { OpenData } from "@/components/browse/open-data";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { OnThisPage } from "@/components/ui/on-this-page";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getChangesFor, getPage, getSource, getSources, getTimeline } from "@/lib/content/api";
import { routes, sectionId } from "@/lib/content/routes";
import { contentPageMetadata } from "@/lib/seo/content-page-metadata";

const SLUG = "about";

export function generateMetadata(): Metadata {
  return contentPageMetadata(SLUG);
}

export default function AboutPage() {
  const page = getPage(SLUG);
  if (!page) notFound();
  const events = getTimeline();
  const sources = getSources([...new Set([...page.sources, ...events.flatMap((e) => e.sources)])]);

  return (
    <article>
      <PageHeader
        title={page.title}
        lead={<p>{page.description}</p>}
        changes={getChangesFor(routes.page(SLUG))}
      />
      <OnThisPage
        items={[
          ...page.body.headings
            .filter((heading) => heading.depth === 2)
            .map((heading) => ({ id: heading.id, label: heading.text })),
          { id: sectionId.timeline, label: "Timeline" },
          { id: sectionId.sources, label: "Sources" },
        ]}
      />
      <MdxContent code={page.body.code} />
      <Section id={sectionId.timeline} title="Timeline">
        <Timeline events={events} sourceFor={getSource} />
      </Section>
      <OpenData />
      <SourceList sources={sources} />
      <ReportCitation page={routes.page(SLUG)} />
    </article>
  );
}
