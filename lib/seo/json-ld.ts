import type {
  BreadcrumbList,
  Organization,
  Person,
  Quotation,
  Report,
  WithContext,
} from "schema-dts";
import type { QuoteView } from "@/lib/content/quote-view";
import { absoluteUrl } from "./metadata";

/** CELCIS as schema.org sees it; the University of Strathclyde is its parent organisation. */
export function celcisOrganization(
  name: string,
  fullName: string,
  university: string,
): Organization {
  return {
    "@type": "Organization",
    name,
    alternateName: fullName,
    parentOrganization: { "@type": "CollegeOrUniversity", name: university },
  };
}

/** The concluding report: author and publisher CELCIS. */
export function reportJsonLd(report: {
  title: string;
  published: string;
  organisation: Organization;
  /** Where the report itself can be found, if known. */
  url?: string;
  /** The page on this site about it. */
  page: string;
}): WithContext<Report> {
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: report.title,
    author: report.organisation,
    publisher: report.organisation,
    datePublished: report.published,
    inLanguage: "en-GB",
    mainEntityOfPage: report.page,
    ...(report.url ? { url: report.url } : {}),
  };
}

/** One quote, with who said it and where it was published. */
export function quotationJsonLd(quote: QuoteView, origin?: string): WithContext<Quotation> {
  const creator: Person = {
    "@type": "Person",
    name: quote.speaker.name,
    jobTitle: quote.speaker.role,
    worksFor: { "@type": "Organization", name: quote.speaker.organisation },
  };
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: quote.text,
    creator,
    url: absoluteUrl(quote.permalink, origin),
    isBasedOn: {
      "@type": "CreativeWork",
      name: quote.source.title,
      url: quote.source.url,
      publisher: { "@type": "Organization", name: quote.source.publisher },
      ...(quote.source.date ? { datePublished: quote.source.date } : {}),
    },
  };
}

/** The trail from the home page to this page, by name and path. */
export function breadcrumbJsonLd(
  trail: readonly { name: string; path: string }[],
  origin?: string,
): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path, origin),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" and the line separators are escaped so
 * that no text in the content can close the script element or break the page.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
