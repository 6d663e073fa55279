import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/about/timeline";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { OnThisPage } from "@/components/ui/on-this-page";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPage, getSource, getSources, getTimeline } from "@/lib/content/api";
import { routes, sectionId } from "@/lib/content/routes";

const SLUG = "about";

export function generateMetadata(): Metadata {
  const page = getPage(SLUG);
  if (!page) return {};
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: routes.page(SLUG) },
  };
}

export default function AboutPage() {
  const page = getPage(SLUG);
  if (!page) notFound();
  const events = getTimeline();
  const sources = getSources([...new Set([...page.sources, ...events.flatMap((e) => e.sources)])]);

  return (
    <article>
      <PageHeader title={page.title} lead={<p>{page.description}</p>} />
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
      <SourceList sources={sources} />
    </article>
  );
}
