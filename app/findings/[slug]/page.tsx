import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { serializeQuoteFilter } from "@/lib/browse/quote-filter";
import { RELATED_LIMIT } from "@/lib/browse/quote-pages";
import { notFound } from "next/navigation";
import { ElementGrid } from "@/components/elements/element-card";
import { findingKindLabels } from "@/components/findings/finding-kinds";
import { MdxContent } from "@/components/mdx/mdx-content";
import { CopyLink } from "@/components/share/copy-link";
import { JsonLd } from "@/components/seo/json-ld";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FindingPager } from "@/components/findings/finding-pager";
import { QuoteList } from "@/components/quotes/quote-list";
import {
  getAdjacentFindings,
  getChangesFor,
  getElementsBySlugs,
  getFinding,
  getFindings,
  getQuoteViews,
  getSources,
} from "@/lib/content/api";
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
  const quotes = getQuoteViews().filter((q) =>
    q.elements.some((e) => finding.elements.includes(e.slug)),
  );

  return (
    <article>
      <PageHeader
        eyebrow={findingKindLabels[finding.kind]}
        title={finding.title}
        lead={<p>{finding.summary}</p>}
        changes={getChangesFor(routes.finding(finding.slug))}
      />
      <CopyLink path={routes.finding(finding.slug)} what="finding" className="-mt-6 mb-8" />
      <MdxContent code={finding.body.code} className="max-w-3xl" />
      {templateSections.finding(finding).includes(sectionId.elements) ? (
        <Section id={sectionId.elements} title="Key elements it relates to">
          <ElementGrid elements={elements} headingLevel={3} />
        </Section>
      ) : null}
      {quotes.length > 0 ? (
        <Section id={sectionId.quotes} title="Quotes on these key elements">
          <p className="mb-6 max-w-3xl text-ink-muted">
            What the speakers said in the news release about the key elements this finding relates
            to, word for word
            {quotes.length > RELATED_LIMIT
              ? `: the first ${RELATED_LIMIT} of ${quotes.length}.`
              : "."}
          </p>
          <QuoteList quotes={quotes.slice(0, RELATED_LIMIT)} />
          {quotes.length > RELATED_LIMIT ? (
            <>
              <p className="mt-6">All the quotes on each of these key elements:</p>
              <ul className="mt-2 space-y-1">
                {elements.map((element) => (
                  <li key={element.slug}>
                    <Link
                      href={`${routes.quotes()}${serializeQuoteFilter({ element: element.slug })}`}
                    >
                      {element.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
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
      <FindingPager {...getAdjacentFindings(finding.slug)} />
    </article>
  );
}
