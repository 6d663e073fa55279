import { rawWords, wordForms } from "@/lib/text/match";
import { TYPO_MIN_LENGTH, withinOneEdit } from "./terms";

/** A piece of text, to be shown marked or not. Plain strings: never parsed as HTML. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * A word as written matches a query term when one of its forms (lib/text/match.ts: whole, joined
 * or a part, normalised) starts with it (prefixes) or is one typo away.
 */
function wordMatches(words: readonly string[], terms: readonly string[]): boolean {
  return words
    .flatMap(wordForms)
    .some((form) =>
      terms.some(
        (term) =>
          form.startsWith(term) || (term.length >= TYPO_MIN_LENGTH && withinOneEdit(form, term)),
      ),
    );
}

/** The text cut into parts, with every word matching a query term marked. */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const word of rawWords(text)) {
    const start = word.index;
    if (!wordMatches(word.words, terms)) continue;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: word.text, mark: true });
    last = start + word.text.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * A window of the text around the first matching word, about `length` characters, cut at
 * spaces, with matches marked. Without a match, the start of the text.
 */
export function snippet(text: string, terms: readonly string[], length = 160): TextPart[] {
  let first = -1;
  for (const word of rawWords(text)) {
    if (wordMatches(word.words, terms)) {
      first = word.index;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const parts = markTerms(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
