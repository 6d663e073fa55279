import { easyReadPath } from "./easy-read";
import type { ContentBundle, WithBody } from "./types";
import type {
  Element,
  Finding,
  FindingKind,
  GlossaryEntry,
  Page,
  Quote,
  SiteConfig,
  Source,
  Speaker,
  TimelineEvent,
} from "./schemas";
import type { QuoteStatement, QuoteView } from "./quote-view";
import { toQuoteView } from "./quote-view";
import { routes } from "./routes";

/** List views carry no compiled body. */
export type ElementSummary = Omit<WithBody<Element>, "body">;
export type FindingSummary = Omit<WithBody<Finding>, "body">;
export type PageSummary = Omit<WithBody<Page>, "body">;

function withoutBody<T extends { body: unknown }>({ body: _body, ...rest }: T): Omit<T, "body"> {
  return rest;
}

function byKey<T, K extends keyof T>(items: readonly T[], key: K): Map<T[K], T> {
  return new Map(items.map((item) => [item[key], item]));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The typed content API over a validated bundle: plain functions with lookups by key, no file
 * system and no React, so pages (through api.ts), build scripts and tests share it.
 */
export function createContentApi(bundle: ContentBundle) {
  const elements = bundle.elements;
  const elementSummaries = elements.map(withoutBody);
  const elementIndex = new Map(elements.map((element, index) => [element.slug, index]));
  const elementSummaryBySlug = byKey(elementSummaries, "slug");
  const findingSummaries = bundle.findings.map(withoutBody);
  const findingIndex = new Map(bundle.findings.map((finding, index) => [finding.slug, index]));
  const speakerBySlug = byKey(bundle.speakers, "slug");
  const sourceBySlug = byKey(bundle.sources, "slug");
  const pageBySlug = byKey(bundle.pages, "slug");
  const quoteIndex = new Map(bundle.quotes.map((quote, index) => [quote.id, index]));
  const quotesBySpeaker = groupBy(bundle.quotes, (quote) => [quote.speaker]);
  const quotesByElement = groupBy(bundle.quotes, (quote) => quote.elements);
  const findingsByElement = groupBy(findingSummaries, (finding) => finding.elements);

  const firstQuote = (slug: string) => {
    const first = quotesBySpeaker.get(slug)?.[0];
    return first ? (quoteIndex.get(first.id) ?? Infinity) : Infinity;
  };
  const speakers = [...bundle.speakers].sort((a, b) => firstQuote(a.slug) - firstQuote(b.slug));
  const sortedSources = [...bundle.sources].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
  );

  // Each speaker's statement in a source: their quotes from it, in the source's order.
  const statements = groupBy(bundle.quotes, (quote) => [`${quote.speaker} ${quote.source}`]);
  for (const statement of statements.values()) statement.sort((a, b) => a.position - b.position);
  const statementOf = (quote: Quote): QuoteStatement => {
    const statement = statements.get(`${quote.speaker} ${quote.source}`) ?? [quote];
    const index = statement.indexOf(quote);
    const before = statement[index - 1];
    return {
      index: index + 1,
      count: statement.length,
      ...(before
        ? { previous: { id: before.id, text: before.text, permalink: routes.quote(before.id) } }
        : {}),
    };
  };

  const resolveQuote = (quote: Quote): QuoteView => {
    const speaker = speakerBySlug.get(quote.speaker);
    const source = sourceBySlug.get(quote.source);
    // The build has checked every reference; a miss here means the bundle was not built by it.
    if (!speaker || !source) throw new Error(`quote "${quote.id}" has an unchecked reference`);
    const elementsOfQuote = quote.elements.flatMap((slug) => {
      const element = elementSummaryBySlug.get(slug);
      return element ? [element] : [];
    });
    return toQuoteView(quote, speaker, source, elementsOfQuote, statementOf(quote));
  };
  const quoteViews = bundle.quotes.map(resolveQuote);
  const quoteViewById = byKey(quoteViews, "id");

  const pick = <T>(map: Map<string, T>, slugs: readonly string[]): T[] =>
    slugs.flatMap((slug) => {
      const item = map.get(slug);
      return item ? [item] : [];
    });

  /** Quotes in source order, optionally only one speaker's and/or those on one element. */
  function getQuotes(filter: { speaker?: string; element?: string } = {}): Quote[] {
    let quotes: readonly Quote[] = bundle.quotes;
    if (filter.speaker) quotes = quotesBySpeaker.get(filter.speaker) ?? [];
    const element = filter.element;
    if (element) {
      quotes = filter.speaker
        ? quotes.filter((q) => q.elements.includes(element))
        : (quotesByElement.get(element) ?? []);
    }
    return [...quotes];
  }

  return {
    getElements: (): ElementSummary[] => elementSummaries,
    getElement: (slug: string): WithBody<Element> | undefined => {
      const index = elementIndex.get(slug);
      return index === undefined ? undefined : elements[index];
    },
    getAdjacentElements(slug: string): { previous?: ElementSummary; next?: ElementSummary } {
      const index = elementIndex.get(slug);
      if (index === undefined) return {};
      return { previous: elementSummaries[index - 1], next: elementSummaries[index + 1] };
    },
    getElementsBySlugs: (slugs: readonly string[]): ElementSummary[] =>
      pick(elementSummaryBySlug, slugs),

    getFindings(filter: { element?: string; kind?: FindingKind } = {}): FindingSummary[] {
      const base = filter.element
        ? (findingsByElement.get(filter.element) ?? [])
        : findingSummaries;
      return filter.kind ? base.filter((f) => f.kind === filter.kind) : base;
    },
    getFinding: (slug: string): WithBody<Finding> | undefined => {
      const index = findingIndex.get(slug);
      return index === undefined ? undefined : bundle.findings[index];
    },
    getAdjacentFindings(slug: string): { previous?: FindingSummary; next?: FindingSummary } {
      const index = findingIndex.get(slug);
      if (index === undefined) return {};
      return { previous: findingSummaries[index - 1], next: findingSummaries[index + 1] };
    },

    /** Speakers in the order they first speak in the sources. */
    getSpeakers: (): Speaker[] => speakers,
    getSpeaker: (slug: string): Speaker | undefined => speakerBySlug.get(slug),

    /** Quotes in source order, optionally only one speaker's and/or those on one element. */
    getQuotes,
    /** How many quotes one speaker gave and/or speak to one element: the one way to count them. */
    countQuotes: (filter: { speaker?: string; element?: string } = {}): number =>
      getQuotes(filter).length,
    getQuote: (id: string): Quote | undefined => {
      const index = quoteIndex.get(id);
      return index === undefined ? undefined : bundle.quotes[index];
    },
    /** Every quote resolved once into the shape lists, pages, filters and data files share. */
    getQuoteViews(filter: { speaker?: string; element?: string } = {}): QuoteView[] {
      if (!filter.speaker && !filter.element) return quoteViews;
      return getQuotes(filter).flatMap((q) => {
        const view = quoteViewById.get(q.id);
        return view ? [view] : [];
      });
    },
    getQuoteView: (id: string): QuoteView | undefined => quoteViewById.get(id),
    /** The quotes just before and after one in source order, and in its speaker's statement. */
    getQuoteNeighbours(id: string) {
      const index = quoteIndex.get(id);
      const quote = index === undefined ? undefined : bundle.quotes[index];
      if (index === undefined || !quote) return {};
      const own = quotesBySpeaker.get(quote.speaker) ?? [];
      const ownIndex = own.findIndex((q) => q.id === id);
      const view = (q: Quote | undefined) => (q ? quoteViewById.get(q.id) : undefined);
      return {
        previous: view(bundle.quotes[index - 1]),
        next: view(bundle.quotes[index + 1]),
        speakerPrevious: view(own[ownIndex - 1]),
        speakerNext: view(own[ownIndex + 1]),
      };
    },

    getSources(slugs?: readonly string[]): Source[] {
      return slugs ? pick(sourceBySlug, slugs) : sortedSources;
    },
    getSource: (slug: string): Source | undefined => sourceBySlug.get(slug),

    getPage: (slug: string): WithBody<Page> | undefined => pageBySlug.get(slug),
    getPages: (): PageSummary[] => bundle.pages.map(withoutBody),
    getTimeline: (): TimelineEvent[] => bundle.timeline,
    /** The glossary, by term: each term's other names and acronyms, and what it means. */
    getGlossary: (): GlossaryEntry[] => bundle.glossary,
    /** The Easy Read pages' words, with the address each is at. */
    getEasyRead: () =>
      bundle.easyRead.map((page) => ({
        path: easyReadPath(page.slug, bundle.site.headlineFinding),
        title: page.title,
        text: page.points.map((point) => point.text).join(" "),
      })),
    /** content/site.yaml: the headline finding, the release, the report's sources, the count. */
    getSiteConfig: (): SiteConfig => bundle.site,

    /** The full bundle, for build steps that need the compiled bodies of everything. */
    bundle,
  };
}

export type ContentApi = ReturnType<typeof createContentApi>;
