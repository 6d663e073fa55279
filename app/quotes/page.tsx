import type { Metadata } from "next";
import { QuotesPage } from "@/components/quotes/quotes-page";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Quotes",
  description:
    "Every quote from the news release on the concluding report, word for word, with its speaker and source.",
  path: routes.quotes(),
});

export default function QuotesIndexPage() {
  return <QuotesPage page={1} />;
}
