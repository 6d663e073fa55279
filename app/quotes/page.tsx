import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuotesPage } from "@/components/quotes/quotes-page";
import { routes } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.quotes());

export default function QuotesIndexPage() {
  const props = pageProps.quotes(1);
  if (!props) notFound();
  return <QuotesPage {...props} />;
}
