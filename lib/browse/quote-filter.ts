import type { QuoteView } from "@/lib/content/quote-view";
import { formsCache, hasEveryWord, queryWords } from "@/lib/text/match";
import { groupInOrder } from "./quote-pages";
import { parseUrlFilter, serializeUrlFilter, validateUrlFilter } from "./url-filter";

/** What the quote browser is showing, as read from (and written back to) the URL. */
export interface QuoteFilter {
  speaker?: string;
  element?: string;
  q?: string;
}

/** A value in the URL that names nothing the site knows, for a clear message. */
export interface UnknownValue {
  key: "speaker" | "element";
  value: string;
}

const KEYS = ["speaker", "element", "q"] as const;

/** URL → state: reads the three filters; empty or repeated values count once, trimmed. */
export function parseQuoteFilter(params: URLSearchParams): QuoteFilter {
  return parseUrlFilter(params, KEYS);
}

/** State → URL query: keys in a fixed order, empty filters left out ("" for no filter). */
export function serializeQuoteFilter(filter: QuoteFilter): string {
  return serializeUrlFilter(filter, KEYS);
}

/** Splits a filter into the part that names known speakers and elements, and what does not. */
export function validateQuoteFilter(
  filter: QuoteFilter,
  known: { speakers: readonly string[]; elements: readonly string[] },
): { filter: QuoteFilter; unknown: UnknownValue[] } {
  return validateUrlFilter(filter, { speaker: known.speakers, element: known.elements });
}

/** A quote's words are those of its text, as search indexes it. */
const quoteForms = formsCache((quote: QuoteView) => quote.text);

function matchesFacets(quote: QuoteView, filter: QuoteFilter): boolean {
  if (filter.speaker && quote.speaker.slug !== filter.speaker) return false;
  if (filter.element && !quote.elements.some((e) => e.slug === filter.element)) return false;
  return true;
}

/**
 * The quotes a filter shows. The text filter keeps those whose words include every word typed,
 * matched as search matches them (lib/text/match.ts), so they are the quotes /search lists
 * first for the same words.
 */
export function filterQuotes(quotes: readonly QuoteView[], filter: QuoteFilter): QuoteView[] {
  const words = queryWords(filter.q ?? "");
  return quotes.filter(
    (quote) => matchesFacets(quote, filter) && hasEveryWord(quoteForms(quote), words),
  );
}

/**
 * How many quotes each choice would show, given the other filters: the count beside a speaker
 * ignores the chosen speaker but keeps the chosen element and text, and so on.
 */
export function quoteFacetCounts(
  quotes: readonly QuoteView[],
  filter: QuoteFilter,
): { speakers: Map<string, number>; elements: Map<string, number> } {
  const speakers = new Map<string, number>();
  const elements = new Map<string, number>();
  for (const quote of filterQuotes(quotes, { ...filter, speaker: undefined })) {
    speakers.set(quote.speaker.slug, (speakers.get(quote.speaker.slug) ?? 0) + 1);
  }
  for (const quote of filterQuotes(quotes, { ...filter, element: undefined })) {
    for (const element of quote.elements) {
      elements.set(element.slug, (elements.get(element.slug) ?? 0) + 1);
    }
  }
  return { speakers, elements };
}

/** Groups quotes by speaker and source, keeping the order in which each group first appears. */
export function groupQuotes(quotes: readonly QuoteView[]): QuoteView[][] {
  return groupInOrder(quotes, quoteGroupKey);
}

export const quoteGroupKey = (quote: Pick<QuoteView, "speaker" | "source">) =>
  `${quote.speaker.slug} ${quote.source.slug}`;
