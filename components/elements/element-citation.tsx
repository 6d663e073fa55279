import { CiteThis } from "@/components/cite/cite-this";
import { JsonLd } from "@/components/seo/json-ld";
import { elementWork } from "@/lib/cite/content";
import { getQuoteViews } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { breadcrumbJsonLd, quotationJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type ElementRef = { slug: string; number: number; title: string };

/** "Cite this" for one key element, as a part of the report, at its canonical address. */
export function ElementCitation({ element }: { element: ElementRef }) {
  const report = { title: site.reportTitle, publisher: site.publisher, published: site.published };
  return (
    <CiteThis
      work={elementWork(report, element, absoluteUrl(routes.element(element.slug)))}
      intro="To refer to this key element in your own work, cite it as a part of the report:"
    />
  );
}

/** Breadcrumbs and the element's quotes, for search engines. */
export function ElementStructuredData({ element }: { element: ElementRef }) {
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: routes.home() },
          { name: "Key elements", path: routes.elements() },
          { name: element.title, path: routes.element(element.slug) },
        ])}
      />
      {getQuoteViews({ element: element.slug }).map((quote) => (
        <JsonLd key={quote.id} data={quotationJsonLd(quote)} />
      ))}
    </>
  );
}
