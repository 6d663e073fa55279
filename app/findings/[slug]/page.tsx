import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ElementGrid } from "@/components/elements/element-card";
import { findingKindLabels } from "@/components/findings/finding-kinds";
import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyLink } from "@/components/share/copy-link";
import { JsonLd } from "@/components/seo/json-ld";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getElementsBySlugs, getFinding, getFindings, getSources } from "@/lib/content/api";
import { routes, sectionId, templateSections } from "@/lib/content/routes";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getFindings().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const finding = getFinding((await params).slug);
  if (!finding) return {};
  return pageMetadata({
    title: finding.title,
    description: finding.summary,
    path: routes.finding(finding.slug),
    type: "article",
  });
}

export default async function FindingPage({ params }: Props) {
  const finding = getFinding((await params).slug);
  if (!finding) notFound();
  const elements = getElementsBySlugs(finding.elements);

  return (
    <article>
      <PageHeader
        eyebrow={findingKindLabels[finding.kind]}
        title={finding.title}
        lead={<p>{finding.summary}</p>}
      />
      <CopyLink path={routes.finding(finding.slug)} what="finding" className="-mt-6 mb-8" />
      <MdxContent code={finding.body.code} className="max-w-3xl" />
      {templateSections.finding(finding).includes(sectionId.elements) ? (
        <Section id={sectionId.elements} title="Key elements it relates to">
          <ElementGrid elements={elements} headingLevel={3} />
        </Section>
      ) : null}
      <SourceList sources={getSources(finding.sources)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: routes.home() },
          { name: "Findings", path: routes.findings() },
          { name: finding.title, path: routes.finding(finding.slug) },
        ])}
      />
      <p className="mt-12">
        <Link href={routes.findings()} className="font-semibold">
          All findings
        </Link>
      </p>
    </article>
  );
}
