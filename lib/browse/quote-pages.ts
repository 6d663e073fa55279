/**
 * How the quote browser splits a long list into pages: quotes grouped by speaker and source in
 * the order each group first appears, then cut into pages of QUOTES_PER_PAGE. The quotes page,
 * its numbered pages and the list of every page all use this, so a quote's page and `#id` agree
 * everywhere.
 */

import { routes } from "../content/routes";

/** Enough for the whole news release on one page; a long report's quotes run over several. */
export const QUOTES_PER_PAGE = 60;

/** Groups items by a key, keeping the order in which each group first appears. */
export function groupInOrder<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The quotes in browsing order, cut into pages; always at least one page. */
export function paginate<T>(items: readonly T[], perPage = QUOTES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) {
    pages.push(items.slice(start, start + perPage));
  }
  return pages.length > 0 ? pages : [[]];
}

/** Quotes grouped by speaker and source, then cut into pages. */
export function quotePages<T>(quotes: readonly T[], groupKey: (quote: T) => string): T[][] {
  return paginate(groupInOrder(quotes, groupKey).flat());
}

/** The page (1-based) on which each key first appears: where a speaker's quotes start. */
export function firstPages<T>(pages: readonly (readonly T[])[], key: (item: T) => string) {
  const first = new Map<string, number>();
  pages.forEach((items, index) => {
    for (const item of items) if (!first.has(key(item))) first.set(key(item), index + 1);
  });
  return first;
}

/** Reads a page number from a route segment: a plain positive integer within range, or null. */
export function parsePageNumber(value: string, pageCount: number): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= pageCount ? page : null;
}

/** Every quote as the browser shows it, fetched when a reader filters (app/data/quote-browser.json). */
export const QUOTE_BROWSER_DATA = routes.quoteBrowserData();

/**
 * How many quotes or findings a page lists under another item (an element's quotes, a finding's
 * quotes) before it points to the browser for the rest, so no page grows with the content.
 */
export const RELATED_LIMIT = 12;
