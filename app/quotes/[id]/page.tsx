// A placeholder for the quote page, so its preview image and metadata can be tested; the full
// page replaces it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteCitation } from "@/components/quotes/quote-citation";
import { getQuoteView, getQuoteViews } from "@/lib/content/api";
import { quotePageTitle } from "@/lib/content/site-pages";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getQuoteViews().map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quote = getQuoteView((await params).id);
  if (!quote) return {};
  return pageMetadata({
    title: quotePageTitle(quote.text, quote.speaker.name),
    description: quote.text,
    path: quote.permalink,
    type: "article",
    ownImage: true,
  });
}

export default async function QuotePage({ params }: Props) {
  const quote = getQuoteView((await params).id);
  if (!quote) notFound();
  return (
    <>
      <figure>
        <blockquote className="text-2xl">{quote.text}</blockquote>
        <figcaption>{quote.speaker.name}</figcaption>
      </figure>
      <QuoteCitation quote={quote} title={quotePageTitle(quote.text, quote.speaker.name)} />
    </>
  );
}
