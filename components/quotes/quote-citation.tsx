import { CiteThis } from "@/components/cite/cite-this";
import { JsonLd } from "@/components/seo/json-ld";
import { quoteWork } from "@/lib/cite/content";
import type { QuoteView } from "@/lib/content/quote-view";
import { routes } from "@/lib/content/routes";
import { breadcrumbJsonLd, quotationJsonLd } from "@/lib/seo/json-ld";

/** "Cite this" for one quote (its speaker's words in their source), and its structured data. */
export function QuoteCitation({ quote, title }: { quote: QuoteView; title: string }) {
  return (
    <>
      <CiteThis
        work={quoteWork(quote)}
        intro={`To use these words in your own work, cite ${quote.speaker.shortName} as quoted in the source:`}
      />
      <JsonLd data={quotationJsonLd(quote)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: routes.home() },
          { name: "Quotes", path: routes.quotes() },
          { name: title, path: quote.permalink },
        ])}
      />
    </>
  );
}
