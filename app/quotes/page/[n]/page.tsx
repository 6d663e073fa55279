import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuotesPage } from "@/components/quotes/quotes-page";
import { parsePageNumber } from "@/lib/browse/quote-pages";
import { routes } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

/**
 * Pages 2 onwards of the quotes, where there are more than fit on one. Page 1 is always built
 * as well (a static export needs at least one page here); it names /quotes as its address.
 */
export function generateStaticParams() {
  return pageProps.quotePages().map((_, index) => ({ n: String(index + 1) }));
}

const pageNumber = async ({ params }: Props) =>
  parsePageNumber((await params).n, pageProps.quotePages().length);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await pageNumber(props);
  return page ? metadataFor(routes.quotesPage(page)) : {};
}

export default async function QuotesNumberedPage(props: Props) {
  const page = await pageNumber(props);
  const quotes = page ? pageProps.quotes(page) : undefined;
  if (!quotes) notFound();
  return <QuotesPage {...quotes} />;
}
