import { STOP_WORDS, rawWords, wordForms } from "@/lib/text/match";
import { resultKicker } from "./search-types";
import type { SearchHit } from "./outcome";

/** A piece of text, to be shown marked or not. Plain strings: never parsed as HTML. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** What to mark: words (normalised, matched by any of their forms) and phrases of several words. */
export interface Marks {
  terms: readonly string[];
  /** Marked where they stand whole, word by word, leaving out words that carry no meaning. */
  phrases?: readonly (readonly string[])[];
}

interface MarkedWord {
  text: string;
  index: number;
  /** The term (or phrase) it matched, to count different matches apart; undefined: unmarked. */
  match?: string;
}

/** Marks, or only the terms to mark (a hit's `terms`). */
type MarksGiven = Marks | readonly string[];
const asMarks = (marks: MarksGiven): Marks => ("terms" in marks ? marks : { terms: marks });

/** The text's words as written, each with what it matched, if anything. */
function markWords(text: string, given: MarksGiven): MarkedWord[] {
  const marks = asMarks(given);
  const terms = new Set(marks.terms);
  const raw = [...rawWords(text)];
  const words: MarkedWord[] = raw.map((word) => ({
    text: word.text,
    index: word.index,
    match: word.words.flatMap(wordForms).find((form) => terms.has(form)),
  }));
  const phrases = marks.phrases ?? [];
  if (phrases.length === 0) return words;
  // Phrases run over the words' parts ("third-sector" is "third sector"), as queries read them.
  const parts = raw.flatMap((word, at) =>
    word.words.flatMap((w) => w.split("-")).map((part) => ({ part, at })),
  );
  for (const phrase of phrases) {
    const key = phrase.join(" ");
    for (let start = 0; start + phrase.length <= parts.length; start++) {
      const run = parts.slice(start, start + phrase.length);
      if (
        !run.every(({ part }, i) => part === phrase[i] || wordForms(part).includes(phrase[i] ?? ""))
      ) {
        continue;
      }
      for (const { part, at } of run) {
        const word = words[at];
        if (word && !STOP_WORDS.has(part)) word.match ??= key;
      }
    }
  }
  return words;
}

function toParts(text: string, words: readonly MarkedWord[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const word of words) {
    if (word.match === undefined) continue;
    if (word.index > last) parts.push({ text: text.slice(last, word.index), mark: false });
    parts.push({ text: word.text, mark: true });
    last = word.index + word.text.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** The text cut into parts, with every word matching a term (or in a phrase) marked. */
export function markTerms(text: string, marks: MarksGiven): TextPart[] {
  return toParts(text, markWords(text, marks));
}

const distinctMatches = (words: readonly MarkedWord[]) =>
  new Set(words.flatMap((word) => (word.match === undefined ? [] : [word.match]))).size;

/**
 * About `length` characters of one passage (never two run together), cut at spaces, with its
 * matches marked: the passage with the most different matches (the first, if none has any),
 * and in it the window holding the most different matches, starting a little before the first
 * of them. A passage not much longer than `length` is shown whole.
 */
export function snippet(
  passages: string | readonly string[],
  marks: MarksGiven,
  length = 160,
): TextPart[] {
  const list = (typeof passages === "string" ? [passages] : passages).filter(Boolean);
  if (list.length === 0) return [];
  const marked = list.map((text) => ({ text, words: markWords(text, marks) }));
  let best = marked[0] ?? { text: "", words: [] };
  for (const passage of marked) {
    if (distinctMatches(passage.words) > distinctMatches(best.words)) best = passage;
  }
  const { text, words } = best;
  if (text.length <= length * 1.25) return toParts(text, words);

  // The window: from a third of its length before a match, the one taking in the most matches.
  const matched = words.filter((word) => word.match !== undefined);
  let start = 0;
  let most = -1;
  for (const anchor of matched) {
    const from = Math.max(0, anchor.index - Math.floor(length / 3));
    const within = matched.filter(
      (w) => w.index >= from && w.index + w.text.length <= from + length,
    );
    const count = distinctMatches(within);
    if (count > most) {
      most = count;
      start = from;
    }
  }
  const first = matched.find((word) => word.index >= start);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && (!first || space < first.index)) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const inside = words
    .filter((word) => word.index >= start && word.index + word.text.length <= end)
    .map((word) => ({ ...word, index: word.index - start }));
  const parts = toParts(text.slice(start, end), inside);
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < text.length) parts.push({ text: "…", mark: false });
  return parts;
}

/** Everything one result shows, worked out from the hit and, once fetched, its record's text. */
export interface ResultView {
  /** Its type, and where it belongs ("Key element 4", "Quote", "Section"). */
  kicker: string;
  title: TextPart[];
  /** Under the title: who said a quote and their role; a speaker's role. */
  byline: string;
  /** Its text around the match; undefined while the text is being fetched. */
  snippet?: TextPart[];
  /** The query's words it does not hold. */
  missing: string[];
}

const opening = (title: string) => title.replace(/^“|”$/g, "");

export function describeHit(hit: SearchHit, passages?: readonly string[]): ResultView {
  const { record } = hit;
  const marks: Marks = { terms: hit.terms, phrases: hit.phrases };
  const who = record.type === "quote" || record.type === "speaker";
  // A quote whose title is all of it says nothing more below the title.
  const whole = record.type === "quote" && passages?.join(" ") === opening(record.title);
  return {
    kicker: resultKicker(record.type, who ? "" : record.context),
    title: markTerms(record.title, marks),
    byline: who ? record.context : "",
    ...(passages && !whole ? { snippet: snippet(passages, marks) } : {}),
    missing: hit.missing,
  };
}
