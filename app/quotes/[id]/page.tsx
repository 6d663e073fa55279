import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuoteNeighbours, QuotePager } from "@/components/quotes/quote-neighbours";
import { CitationBlock } from "@/components/quotes/citation-block.client";
import { ElementTags } from "@/components/elements/element-tag";
import { SourceCitation } from "@/components/sources/source-list";
import { CopyButton } from "@/components/ui/copy-button.client";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getQuoteNeighbours, getQuoteView, getQuoteViews } from "@/lib/content/api";
import { harvardQuoteCitation } from "@/lib/citation";
import { routes } from "@/lib/content/routes";
import { quotePageTitle } from "@/lib/content/site-pages";
import { site } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getQuoteViews().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quote = getQuoteView((await params).id);
  if (!quote) return {};
  return {
    title: quotePageTitle(quote.text, quote.speaker.name),
    description: quote.text,
    alternates: { canonical: routes.quote(quote.id) },
  };
}

export default async function QuotePage({ params }: Props) {
  const quote = getQuoteView((await params).id);
  if (!quote) notFound();
  const neighbours = getQuoteNeighbours(quote.id);
  const { speaker, source } = quote;
  const citation = harvardQuoteCitation({
    speaker: speaker.shortName,
    source,
    url: `${site.url}${quote.permalink}`,
  });

  return (
    <article>
      <PageHeader eyebrow={`Quote ${quote.position} in the news release`} title={speaker.name} />
      <figure className="max-w-3xl rounded-lg border-l-4 border-quote-rule bg-surface p-5 sm:p-6">
        <blockquote className="text-xl leading-relaxed sm:text-2xl">
          <p>“{quote.text}”</p>
        </blockquote>
        <figcaption className="mt-4 space-y-3 text-ink-muted">
          <p>
            <Link href={quote.inContext} className="font-semibold">
              {speaker.name}
            </Link>
            , {speaker.role}, {speaker.organisation}. Source: <SourceCitation source={source} />.
          </p>
          <ElementTags elements={quote.elements} />
          <CopyButton
            value={quote.permalink}
            label="Copy link"
            copiedMessage="Link to this quote copied"
          />
        </figcaption>
      </figure>
      <QuoteNeighbours quote={quote} {...neighbours} />
      <Section id="cite" title="Cite this quote" className="max-w-3xl">
        <p className="mb-3 text-ink-muted">In the Harvard style:</p>
        <CitationBlock citation={citation} />
      </Section>
      <QuotePager previous={neighbours.previous} next={neighbours.next} />
    </article>
  );
}
