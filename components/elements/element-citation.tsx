import { CiteThis } from "@/components/cite/cite-this";
import { JsonLd } from "@/components/seo/json-ld";
import { Link } from "@/components/ui/link.client";
import type { CitableWork } from "@/lib/cite/work";
import type { QuoteView } from "@/lib/content/quote-view";
import { routes, sectionId } from "@/lib/content/routes";
import { breadcrumbJsonLd, quotationJsonLd } from "@/lib/seo/json-ld";
import type { Breadcrumb } from "@/lib/site-model/model";

/**
 * "Cite this" for one key element: this site's page for it (the numbers and titles are the
 * site's, not sections of CELCIS's report), dated by the page's last change. The citations are
 * folded: few who read an element on a phone came to cite it, and they print open.
 */
export function ElementCitation({ work }: { work: CitableWork }) {
  return (
    <CiteThis
      work={work}
      folded
      intro={
        <>
          To refer to this key element in your own work, cite this website&rsquo;s page for it. The
          element&rsquo;s title and number are this site&rsquo;s; to cite the report itself, see{" "}
          <Link href={`${routes.about()}#${sectionId.cite}`}>About the study</Link>.
        </>
      }
    />
  );
}

/** Breadcrumbs and the element's quotes, for search engines. */
export function ElementStructuredData({
  breadcrumbs,
  quotes,
}: {
  breadcrumbs: readonly Breadcrumb[];
  quotes: readonly QuoteView[];
}) {
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs)} />
      {quotes.map((quote) => (
        <JsonLd key={quote.id} data={quotationJsonLd(quote)} />
      ))}
    </>
  );
}
