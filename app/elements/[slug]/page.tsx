import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementCitation, ElementStructuredData } from "@/components/elements/element-citation";
import { ElementPager } from "@/components/elements/element-pager";
import { ElementRelations } from "@/components/elements/element-relations";
import { ReportWording } from "@/components/elements/report-wording";
import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyLink } from "@/components/share/copy-link";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import {
  getAdjacentElements,
  getChangesFor,
  getElement,
  getElements,
  getSources,
} from "@/lib/content/api";
import { ELEMENT_COUNT } from "@/lib/content/references";
import { routes, sectionId, templateSections } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getElements().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const element = getElement((await params).slug);
  if (!element) return {};
  return pageMetadata({
    title: `${element.number}. ${element.title}`,
    description: element.summary,
    path: routes.element(element.slug),
    type: "article",
    ownImage: true,
  });
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
        changes={getChangesFor(routes.element(element.slug))}
      />
      <CopyLink path={routes.element(element.slug)} what="key element" className="-mt-6 mb-8" />
      <section
        id={sectionId.reportWording}
        aria-label={RELEASE_WORDING_LABEL}
        className="max-w-3xl"
      >
        <ReportWording
          text={element.reportWording}
          source={sources.find((s) => s.kind === "news-release")}
        />
      </section>
      {sections.has(sectionId.inShort) ? (
        <Section id={sectionId.inShort} title="In short" className="max-w-3xl">
          <p className="text-lg">{element.inShort}</p>
        </Section>
      ) : null}
      <MdxContent code={element.body.code} className="mt-12 max-w-3xl" />
      <ElementRelations element={element} showRelated={sections.has(sectionId.related)} />
      <SourceList sources={sources} />
      <ElementCitation element={element} />
      <ElementStructuredData element={element} />
      <ElementPager previous={previous} next={next} />
    </article>
  );
}
