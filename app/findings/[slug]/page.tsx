import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementGrid } from "@/components/elements/element-card";
import { findingKindLabels } from "@/components/findings/finding-kinds";
import { FindingPager } from "@/components/findings/finding-pager";
import { FindingQuotes } from "@/components/findings/finding-quotes";
import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyLink } from "@/components/share/copy-link";
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
  return (
    <article>
      <PageHeader
        eyebrow={findingKindLabels[finding.kind]}
        title={finding.title}
        lead={<p>{finding.summary}</p>}
        changes={page.changes}
      />
      <CopyLink path={page.path} what="finding" className="-mt-6 mb-8" />
      <MdxContent code={finding.body.code} className="max-w-3xl" />
      {props.sections.has(sectionId.elements) ? (
        <Section id={sectionId.elements} title="Key elements it relates to">
          <ElementGrid elements={props.elements} count={props.elementCount} headingLevel={3} />
        </Section>
      ) : null}
      <FindingQuotes quotes={props.quotes} quotesByElement={props.quotesByElement} />
      <SourceList sources={props.sources} />
      <JsonLd data={breadcrumbJsonLd(props.breadcrumbs)} />
      <FindingPager previous={props.previous} next={props.next} />
    </article>
  );
}
