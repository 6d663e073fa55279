import { CiteThis } from "@/components/cite/cite-this";
import { JsonLd } from "@/components/seo/json-ld";
import { quoteWork } from "@/lib/cite/content";
import type { QuoteView } from "@/lib/content/quote-view";
import { breadcrumbJsonLd, quotationJsonLd } from "@/lib/seo/json-ld";
import type { Breadcrumb } from "@/lib/site-model/model";

/** "Cite this" for one quote (its speaker's words in their source), and its structured data. */
export function QuoteCitation({
  quote,
  breadcrumbs,
}: {
  quote: QuoteView;
  breadcrumbs: readonly Breadcrumb[];
}) {
  return (
    <>
      <CiteThis
        work={quoteWork(quote)}
        intro={`To use these words in your own work, cite ${quote.speaker.shortName} as quoted in the source:`}
      />
      <JsonLd data={quotationJsonLd(quote)} />
      <JsonLd data={breadcrumbJsonLd(breadcrumbs)} />
    </>
  );
}
