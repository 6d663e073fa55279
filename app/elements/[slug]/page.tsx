import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementPager } from "@/components/elements/element-pager";
import { ElementRelations } from "@/components/elements/element-relations";
import { ReportWording } from "@/components/elements/report-wording";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getAdjacentElements, getElement, getElements, getSources } from "@/lib/content/api";
import { ELEMENT_COUNT } from "@/lib/content/references";
import { routes, sectionId, templateSections } from "@/lib/content/routes";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getElements().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const element = getElement((await params).slug);
  if (!element) return {};
  return {
    title: `${element.number}. ${element.title}`,
    description: element.summary,
    alternates: { canonical: routes.element(element.slug) },
    openGraph: { title: element.title, description: element.summary, type: "article" },
  };
}

export default async function ElementPage({ params }: Props) {
  const element = getElement((await params).slug);
  if (!element) notFound();
  const { previous, next } = getAdjacentElements(element.slug);
  const sources = getSources(element.sources);
  const sections = new Set(templateSections.element(element));

  return (
    <article>
      <PageHeader
        eyebrow={`Key element ${element.number} of ${ELEMENT_COUNT}`}
        title={element.title}
        lead={element.summary}
        element={element.slug}
      />
      <section id={sectionId.reportWording} aria-label="The report's wording" className="max-w-3xl">
        <ReportWording text={element.reportWording} sourceTitle={sources[0]?.title ?? ""} />
      </section>
      {sections.has(sectionId.inShort) ? (
        <Section id={sectionId.inShort} title="In short" className="max-w-3xl">
          <p className="text-lg">{element.inShort}</p>
        </Section>
      ) : null}
      <MdxContent code={element.body.code} className="mt-12 max-w-3xl" />
      <ElementRelations element={element} showRelated={sections.has(sectionId.related)} />
      <SourceList sources={sources} />
      <ElementPager previous={previous} next={next} />
    </article>
  );
}
