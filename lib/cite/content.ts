import type { QuoteView } from "@/lib/content/quote-view";
import type { Source } from "@/lib/content/schemas";
import type { CitableWork, Contributor } from "./work";

/** What the citations need to know about the report itself (lib/site.ts has it). */
export interface ReportFacts {
  title: string;
  /** The corporate author and publisher. */
  publisher: string;
  /** ISO date of publication. */
  published: string;
}

const mediumOfKind: Partial<Record<Source["kind"], string>> = {
  report: "Report",
  "news-release": "News release",
};

/**
 * The concluding report, authored and published by CELCIS. `where` is the source that holds the
 * report file (its URL is cited); without one the citation has no URL rather than a made-up one.
 */
export function reportWork(report: ReportFacts, where?: Pick<Source, "url">): CitableWork {
  return {
    authors: [{ kind: "organisation", name: report.publisher }],
    title: report.title,
    date: report.published,
    medium: "Report",
    publisher: report.publisher,
    ...(where ? { url: where.url } : {}),
  };
}

/** What a citation of one of this site's own pages needs: who publishes the site, and its name. */
export interface SiteFacts {
  /** The website's name, cited as the author when no publisher is set. */
  name: string;
  /** The organisation that publishes the website (deployment settings), where one is set. */
  publisher?: string;
}

/**
 * One of this site's own pages, cited as a web page (or as `medium`): the site's publisher as
 * author, or the site itself where none is set, and dated by the page's last change where it
 * has one, else "n.d.".
 */
export function sitePageWork(
  site: SiteFacts,
  page: { title: string; updated?: string | undefined; medium?: string },
  url: string,
): CitableWork {
  return {
    authors: [{ kind: "organisation", name: site.publisher ?? site.name }],
    title: page.title,
    ...(page.updated ? { date: page.updated } : {}),
    medium: page.medium ?? "Web page",
    // With a publisher as author, the site is named as the work the page is part of.
    ...(site.publisher ? { container: { title: site.name } } : {}),
    url,
  };
}

/**
 * One key element, cited as this site's page for it: the numbers and titles are the site's, not
 * sections of CELCIS's report.
 */
export function elementWork(
  site: SiteFacts,
  element: { number: number; title: string; updated?: string },
  url: string,
): CitableWork {
  return sitePageWork(
    site,
    { title: `Key element ${element.number}: ${element.title}`, updated: element.updated },
    url,
  );
}

/** "Heather Ottaway" as a person: the last word is the family name. */
export function personFromName(name: string): Contributor {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? "";
  return words.length === 0
    ? { kind: "organisation", name: family }
    : { kind: "person", family, given: words.join(" ") };
}

/**
 * One quote: its speaker's words, quoted in the source that published them, dated only as far
 * as that source's date is known (the news release: its year), never by another work's date.
 */
export function quoteWork(quote: QuoteView): CitableWork {
  const date = quote.source.date;
  const medium = mediumOfKind[quote.source.kind];
  return {
    authors: [personFromName(quote.speaker.shortName)],
    // The whole sentence: a quotation in a citation is never shortened.
    title: quote.text.trim(),
    ...(date ? { date } : {}),
    quotedIn: {
      authors: [{ kind: "organisation", name: quote.source.publisher }],
      title: quote.source.title,
      ...(date ? { date } : {}),
      ...(medium ? { medium } : {}),
      url: quote.source.url,
    },
  };
}
