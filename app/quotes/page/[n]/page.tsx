import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuotesPage, quotePagesOfSite } from "@/components/quotes/quotes-page";
import { parsePageNumber } from "@/lib/browse/quote-pages";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

/**
 * Pages 2 onwards of the quotes, where there are more than fit on one. Page 1 is always built
 * as well (a static export needs at least one page here); it names /quotes as its address.
 */
export function generateStaticParams() {
  return quotePagesOfSite().map((_, index) => ({ n: String(index + 1) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pageCount = quotePagesOfSite().length;
  const page = parsePageNumber((await params).n, pageCount);
  if (!page) return {};
  return pageMetadata({
    title: page === 1 ? "Quotes" : `Quotes, page ${page} of ${pageCount}`,
    description: `Quotes from the news release on the concluding report, word for word, page ${page} of ${pageCount}.`,
    path: routes.quotesPage(page),
  });
}

export default async function QuotesNumberedPage({ params }: Props) {
  const page = parsePageNumber((await params).n, quotePagesOfSite().length);
  if (!page) notFound();
  return <QuotesPage page={page} />;
}
