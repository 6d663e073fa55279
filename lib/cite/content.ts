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

/** One key element, cited as a part of the report, at its page on this site. */
export function elementWork(
  report: ReportFacts,
  element: { number: number; title: string },
  url: string,
): CitableWork {
  return {
    authors: [{ kind: "organisation", name: report.publisher }],
    title: `Key element ${element.number}: ${element.title}`,
    date: report.published,
    container: { title: report.title },
    url,
  };
}

/** "Heather Ottaway" as a person: the last word is the family name. */
export function personFromName(name: string): Contributor {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? "";
  return words.length === 0
    ? { kind: "organisation", name: family }
    : { kind: "person", family, given: words.join(" ") };
}

/** One quote: its speaker's words, quoted in the source that published them. */
export function quoteWork(quote: QuoteView, fallbackDate: string): CitableWork {
  const date = quote.source.date ?? fallbackDate;
  const medium = mediumOfKind[quote.source.kind];
  return {
    authors: [personFromName(quote.speaker.shortName)],
    // The whole sentence: a quotation in a citation is never shortened.
    title: quote.text.trim(),
    date,
    quotedIn: {
      authors: [{ kind: "organisation", name: quote.source.publisher }],
      title: quote.source.title,
      date,
      ...(medium ? { medium } : {}),
      url: quote.source.url,
    },
  };
}
