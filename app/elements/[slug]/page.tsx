import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementCitation, ElementStructuredData } from "@/components/elements/element-citation";
import { ElementPager } from "@/components/elements/element-pager";
import { ElementRelations } from "@/components/elements/element-relations";
import { ReportWording } from "@/components/elements/report-wording";
import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyLink } from "@/components/share/copy-link";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/layout/page-header";
import { Section } from "@/components/ui/section";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import { routes, sectionId } from "@/lib/content/routes";
import { numberInWords } from "@/lib/number-words";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("element", "slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(routes.element((await params).slug));
}

export default async function ElementPage({ params }: Props) {
  const props = pageProps.element((await params).slug);
  if (!props) notFound();
  const { element, page, sections } = props;
  return (
    <article>
      <PageHeader
        eyebrow={`Key element ${element.number} of ${props.count}`}
        title={element.title}
        lead={element.summary}
        element={element}
        changes={page.changes}
      />
      <CopyLink path={page.path} what="key element" className="-mt-6 mb-8" />
      <section
        id={sectionId.reportWording}
        aria-label={RELEASE_WORDING_LABEL}
        className="max-w-3xl"
      >
        <ReportWording text={element.reportWording} source={props.release} />
      </section>
      {sections.has(sectionId.inShort) ? (
        <Section id={sectionId.inShort} title="In short" className="max-w-3xl">
          <p className="text-lg">{element.inShort}</p>
        </Section>
      ) : null}
      <MdxContent code={element.body.code} className="mt-12 max-w-3xl" />
      <ElementRelations {...props} showRelated={sections.has(sectionId.related)} />
      <SourceList sources={props.sources} />
      <ElementCitation work={props.citation} />
      <ElementStructuredData breadcrumbs={props.breadcrumbs} quotes={props.allQuotes} />
      <ElementPager
        previous={props.previous}
        next={props.next}
        count={numberInWords(props.count)}
      />
    </article>
  );
}
