import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementGrid } from "@/components/elements/element-card";
import { findingKindLabels } from "@/components/findings/finding-kinds";
import { FindingPager } from "@/components/findings/finding-pager";
import { FindingQuotes } from "@/components/findings/finding-quotes";
import { MdxContent } from "@/components/mdx/mdx-content";
import { GlossedText } from "@/components/glossary/glossed";
import { AddToBrief } from "@/components/brief/add-to-brief.client";
import { Share, ShareRow } from "@/components/share/share";
import { JsonLd } from "@/components/seo/json-ld";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/layout/page-header";
import { Section } from "@/components/ui/section";
import { routes, sectionId } from "@/lib/content/routes";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("finding", "slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(routes.finding((await params).slug));
}

export default async function FindingPage({ params }: Props) {
  const props = pageProps.finding((await params).slug);
  if (!props) notFound();
  const { finding, page } = props;
  const glossary = pageProps.glossary(page.path);
  return (
    <article>
      <PageHeader
        eyebrow={findingKindLabels[finding.kind]}
        title={finding.title}
        lead={
          <p>
            <GlossedText text={finding.summary} marks={glossary.lead} />
          </p>
        }
        changes={page.changes}
      />
      <ShareRow className="-mt-6 mb-8">
        <Share page={page} what="finding" />
        <AddToBrief kind="finding" id={finding.slug} />
      </ShareRow>
      <MdxContent code={finding.body.code} glossary={glossary.body} className="max-w-3xl" />
      {props.sections.has(sectionId.elements) ? (
        <Section id={sectionId.elements} title="Key elements it relates to">
          <ElementGrid elements={props.elements} count={props.elementCount} headingLevel={3} />
        </Section>
      ) : null}
      <FindingQuotes quotes={props.quotes} quotesByElement={props.quotesByElement} />
      <SourceList sources={props.sources} />
      <ShareRow className="mt-10">
        <Share page={page} what="finding" />
      </ShareRow>
      <JsonLd data={breadcrumbJsonLd(props.breadcrumbs)} />
      <FindingPager previous={props.previous} next={props.next} />
    </article>
  );
}
