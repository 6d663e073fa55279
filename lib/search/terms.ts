import { MAX_QUERY_LENGTH, TYPO_MIN_LENGTH } from "./definition";

export { TYPO_MIN_LENGTH };

/** Most words acted on in one query; more only slow it down without narrowing it usefully. */
export const MAX_QUERY_TERMS = 8;

/** Lower case without accents: "Stigmatísing" → "stigmatising". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** What was typed, made safe to act on: capped, control characters gone, spaces collapsed. */
export function cleanQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of a query, folded, in order and without repeats. Anything that is not a letter or
 * a digit separates words, so "long-term" is "long" and "term", and HTML, regex characters and
 * emoji are simply not words.
 */
export function queryTerms(raw: string): string[] {
  const words = fold(cleanQuery(raw)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

/** True when b is a at most one insertion, deletion, substitution or swap of neighbours away. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
