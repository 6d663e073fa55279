import type { GlossaryEntry } from "./schemas";

/**
 * Finding the glossary's terms in the site's prose, so that the first use of each on a page can
 * be marked and explained where it stands. Pure functions over plain text: the pages, the build's
 * checks and the tests use the same ones.
 *
 * A term is found by its own name and its `otherNames` (the names the sources give it), never by
 * `searchAlso` (words only search uses). A name matches as a whole word, written as the glossary
 * writes it except for the case of its first letter ("Third sector" and "third sector"), so the
 * study's own title ("Children's Services Reform Research") is not a use of "Children's
 * services". Straight and curly apostrophes are the same, and so are runs of spaces. Where two
 * names start at one place, the longer wins ("National Care Service (Scotland) Bill" over
 * "National Care Service").
 */

/** What a page needs to show a term's explanation: no sources, no search words. */
export interface GlossaryTermView {
  slug: string;
  term: string;
  /** The term and its other names, the words that count as a use of it. */
  names: string[];
  definition: string;
}

/** The terms to mark in one part of a page (its lead, its body), and what each means. */
export interface GlossaryMarks {
  /**
   * Every term of the glossary, not only those to mark: the longest name at a place wins only
   * against names the matcher knows ("National Care Service (Scotland) Bill" over "National
   * Care Service"), even where the longer one was marked in an earlier part.
   */
  terms: readonly GlossaryTermView[];
  /** The slugs of the terms whose first use on the page falls in this part. */
  mark: readonly string[];
}

export interface TermMatch {
  slug: string;
  /** Where the use starts and ends in the text (end exclusive). */
  start: number;
  end: number;
}

export const toTermView = (entry: GlossaryEntry): GlossaryTermView => ({
  slug: entry.slug,
  term: entry.term,
  names: [entry.term, ...entry.otherNames],
  definition: entry.definition,
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One name as a pattern: its first letter either case, apostrophes either style, any spaces. */
function namePattern(name: string): string {
  const [first = "", ...rest] = [...name.trim()];
  const head = /\p{L}/u.test(first)
    ? `[${escape(first.toLowerCase())}${escape(first.toUpperCase())}]`
    : escape(first);
  const tail = rest
    .join("")
    .split(/(\s+|['\u2019])/)
    .map((part) =>
      /^\s+$/.test(part) ? "\\s+" : /^['\u2019]$/.test(part) ? "['\u2019]" : escape(part),
    )
    .join("");
  return head + tail;
}

export interface TermMatcher {
  /** Every use of a term in the text, in order, none overlapping; only `slugs` when given. */
  find(text: string, slugs?: ReadonlySet<string>): TermMatch[];
}

export function termMatcher(terms: readonly GlossaryTermView[]): TermMatcher {
  const names = terms
    .flatMap((term) => term.names.map((name) => ({ slug: term.slug, name: name.trim() })))
    .filter((entry) => entry.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return { find: () => [] };
  // Letters and digits on either side mean the name is part of a longer word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map((n) => `(${namePattern(n.name)})`).join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return {
    find(text, slugs) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const group = match.slice(1).findIndex((value) => value !== undefined);
        const slug = names[group]?.slug;
        if (!slug || (slugs && !slugs.has(slug))) continue;
        matches.push({ slug, start: match.index, end: match.index + match[0].length });
      }
      return matches;
    },
  };
}

/**
 * A page's prose, in the order the page shows it, cut into the parts that render it (its lead,
 * its "In short", its body): for each part, the terms whose first use on the page is in it.
 * Each term is listed in one part at most, so it is marked once per page.
 */
export function firstUses(
  terms: readonly GlossaryTermView[],
  parts: readonly string[],
): string[][] {
  const matcher = termMatcher(terms);
  const seen = new Set<string>();
  return parts.map((text) => {
    const here: string[] = [];
    for (const { slug } of matcher.find(text)) {
      if (seen.has(slug)) continue;
      seen.add(slug);
      here.push(slug);
    }
    return here;
  });
}

/**
 * The marks for each part of a page's prose, by the part's name, in the order the page shows
 * them (`firstUses`), each carrying every term and the ones it marks.
 */
export function glossaryMarks<K extends string>(
  terms: readonly GlossaryTermView[],
  parts: readonly (readonly [K, string])[],
): Map<K, GlossaryMarks> {
  const uses = firstUses(
    terms,
    parts.map(([, text]) => text),
  );
  return new Map(parts.map(([key], index) => [key, { mark: uses[index] ?? [], terms }]));
}
