import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { notFound } from "next/navigation";
import { QuoteNeighbours, QuotePager } from "@/components/quotes/quote-neighbours";
import { QuoteCitation } from "@/components/quotes/quote-citation";
import { CopyLink } from "@/components/share/copy-link";
import { ElementTags } from "@/components/elements/element-tag";
import { SourceCitation } from "@/components/sources/source-list";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { getQuoteNeighbours, getQuoteView, getQuoteViews } from "@/lib/content/api";
import { quotePageTitle } from "@/lib/content/site-pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getQuoteViews().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quote = getQuoteView((await params).id);
  if (!quote) return {};
  return pageMetadata({
    title: quotePageTitle(quote.text, quote.speaker.name, quote.position),
    description: quote.text,
    path: quote.permalink,
    type: "article",
    ownImage: true,
  });
}

export default async function QuotePage({ params }: Props) {
  const quote = getQuoteView((await params).id);
  if (!quote) notFound();
  const neighbours = getQuoteNeighbours(quote.id);
  const { speaker, source } = quote;

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
          <p className="text-sm">
            The release is about {site.publisher}&rsquo;s concluding report, published on{" "}
            <DateText iso={site.published} />.
          </p>
          <ElementTags elements={quote.elements} />
          <CopyLink path={quote.permalink} what="quote" />
        </figcaption>
      </figure>
      <QuoteNeighbours quote={quote} {...neighbours} />
      <QuoteCitation
        quote={quote}
        title={quotePageTitle(quote.text, speaker.name, quote.position)}
      />
      <QuotePager previous={neighbours.previous} next={neighbours.next} />
    </article>
  );
}
