import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddToBrief } from "@/components/brief/add-to-brief.client";
import { EasyReadLink } from "@/components/easy-read/easy-read-link";
import { EmbedCode } from "@/components/embed/embed-code";
import { ElementCitation, ElementStructuredData } from "@/components/elements/element-citation";
import { elementContents, elementSectionTitles } from "@/components/elements/element-contents";
import { ElementPager } from "@/components/elements/element-pager";
import { ElementRelations } from "@/components/elements/element-relations";
import { ReportWording } from "@/components/elements/report-wording";
import { MdxContent } from "@/components/mdx/mdx-content";
import { GlossedText } from "@/components/glossary/glossed";
import { Share, ShareRow } from "@/components/share/share";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/layout/page-header";
import { OnThisPage } from "@/components/ui/on-this-page";
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
  const glossary = pageProps.glossary(page.path);
  return (
    <article>
      <PageHeader
        eyebrow={`Key element ${element.number} of ${props.count}`}
        title={element.title}
        lead={<GlossedText text={element.summary} marks={glossary.lead} />}
        element={element}
        changes={page.changes}
      />
      <ShareRow className="-mt-6 mb-8">
        <Share page={page} what="key element" />
        <AddToBrief kind="element" id={element.slug} />
      </ShareRow>
      <EasyReadLink slug={element.slug} className="-mt-4 mb-8" />
      {/* From lg up, the contents stay in view in a column beside the text. */}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-x-12">
        <div className="mb-8 lg:col-start-2 lg:row-start-1 lg:mb-0">
          <OnThisPage items={elementContents(page.anchors, element.body.headings)} compact />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <section id={sectionId.reportWording} aria-label={RELEASE_WORDING_LABEL}>
            <ReportWording text={element.reportWording} source={props.release} />
          </section>
          {sections.has(sectionId.inShort) ? (
            <Section id={sectionId.inShort} title={elementSectionTitles[sectionId.inShort]}>
              <p className="text-lg">
                <GlossedText text={element.inShort ?? ""} marks={glossary.inShort} />
              </p>
            </Section>
          ) : null}
          <MdxContent
            code={element.body.code}
            glossary={glossary.body}
            className="mt-12 [&>:first-child]:mt-0 [&>:first-child_h2]:mt-0"
          />
          <ElementRelations {...props} showRelated={sections.has(sectionId.related)} />
          <SourceList sources={props.sources} />
          <ElementCitation work={props.citation} />
          <EmbedCode embed={page.embed} what="key element" className="mt-8" />
          <ShareRow className="mt-4">
            <Share page={page} what="key element" />
          </ShareRow>
        </div>
      </div>
      <ElementStructuredData breadcrumbs={props.breadcrumbs} quotes={props.allQuotes} />
      <ElementPager
        previous={props.previous}
        next={props.next}
        count={numberInWords(props.count)}
      />
    </article>
  );
}
