import { CiteThis } from "@/components/cite/cite-this";
import { JsonLd } from "@/components/seo/json-ld";
import { elementWork } from "@/lib/cite/content";
import { getChangesFor, getQuoteViews } from "@/lib/content/api";
import { Link } from "@/components/ui/link.client";
import { routes, sectionId } from "@/lib/content/routes";
import { breadcrumbJsonLd, quotationJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type ElementRef = { slug: string; number: number; title: string };

/**
 * "Cite this" for one key element: this site's page for it (the numbers and titles are the
 * site's, not sections of CELCIS's report), dated by the page's last change.
 */
export function ElementCitation({ element }: { element: ElementRef }) {
  const path = routes.element(element.slug);
  const updated = getChangesFor(path)[0]?.date;
  const publisher = site.sitePublisher.name;
  return (
    <CiteThis
      work={elementWork(
        { name: site.name, ...(publisher ? { publisher } : {}) },
        { ...element, ...(updated ? { updated } : {}) },
        absoluteUrl(path),
      )}
      intro={
        <>
          To refer to this key element in your own work, cite this website&rsquo;s page for it. The
          element&rsquo;s title and number are this site&rsquo;s; to cite the report itself, see{" "}
          <Link href={`${routes.page("about")}#${sectionId.cite}`}>About the study</Link>.
        </>
      }
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
