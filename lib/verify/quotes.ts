/**
 * Checks the site's quotes against the text they come from.
 *
 * A quote passes when its words appear in the source exactly as written, inside a speaker's
 * quotation marks. The source passes when every sentence inside those quotation marks is covered
 * by a quote. Only whitespace and the style of quotation marks and apostrophes may differ: slips
 * in the source stay as they are, and editorial insertions such as "[sic]" or "…" count as changes.
 *
 * Pure functions: callers read the files and pass the text in.
 */

import {
  CLOSING_DOUBLE,
  OPENING_DOUBLE,
  collapseWhitespace,
  extractStatements,
  normaliseText,
} from "./source-text";
import type { Sentence, Statement } from "./source-text";

export {
  collapseWhitespace,
  extractQuotedPassages,
  extractStatements,
  normaliseText,
  splitSentences,
} from "./source-text";
export type { QuotedPassage, Sentence, Statement, TextSpan } from "./source-text";

/** A quote as the checker needs it. */
export interface QuoteInput {
  id: string;
  text: string;
  /** Where the quote is kept, for messages, e.g. `content/quotes/doe-evidence.yaml`. */
  file?: string;
  /** 1-based order of the quote in the source; checked when given. */
  position?: number;
  /** The speaker's name, e.g. `Jane Doe`; checked against the statement's attribution when given. */
  speakerName?: string;
}

export type ProblemKind =
  | "no-quoted-passages"
  | "not-verbatim"
  | "outside-quotation-marks"
  | "wrong-speaker"
  | "position"
  | "uncovered-sentence";

export interface Problem {
  kind: ProblemKind;
  /** The quote the problem is about, if any. */
  quoteId?: string;
  /** The sentence number the problem is about, if any. */
  sentence?: number;
  /** One line, ready to print. */
  message: string;
}

/** Where a quote sits in a statement. */
export interface QuoteLocation {
  statement: number;
  /** Offsets into the statement's normalised text. */
  start: number;
  end: number;
}

export interface QuoteReport {
  statements: Statement[];
  sentences: Sentence[];
  /** Locations of each quote found inside the quotation marks, by quote id. */
  locations: Map<string, QuoteLocation[]>;
  /** Ids of quotes whose words are not in the source exactly. */
  notVerbatim: string[];
  /** Sentences inside the quotation marks that no quote covers in full. */
  uncovered: Sentence[];
  /** Every problem, one message each, quotes first (in the order given), then sentences. */
  problems: Problem[];
  ok: boolean;
}

function label(quote: QuoteInput): string {
  return quote.file === undefined ? `Quote "${quote.id}"` : `Quote "${quote.id}" (${quote.file})`;
}

/** Up to `length` characters, cut back to a whole word, with "…" when something was cut. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut) + "…";
}

/** The last `length` or so characters, starting at a whole word, with "…" when something was cut. */
function clipStart(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(text.length - length);
  const firstSpace = cut.indexOf(" ");
  return "…" + (firstSpace !== -1 && firstSpace < length / 2 ? cut.slice(firstSpace + 1) : cut);
}

function allIndexesOf(haystack: string, needle: string): number[] {
  const indexes: number[] = [];
  if (needle === "") return indexes;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    indexes.push(i);
  }
  return indexes;
}

/**
 * Why a quote is not in the source: the longest start of the quote that the source does contain,
 * and what follows it in each. Both are compared in normalised form and shown as written.
 */
export function describeDifference(quote: string, source: string): string {
  const shownQuote = collapseWhitespace(quote);
  const shownSource = collapseWhitespace(source);
  const normalisedQuote = normaliseText(quote);
  const normalisedSource = normaliseText(source);
  if (normalisedQuote === "") return "it is empty";
  // If the first k characters occur in the source, so do the first k - 1: search for the largest k.
  let low = 0;
  let high = normalisedQuote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (normalisedSource.includes(normalisedQuote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const matched = normalisedQuote.slice(0, low);
  // A match shorter than two whole words is chance, not a place where the quote went wrong.
  if (!/\S+ \S+ /.test(matched)) {
    return `it does not match the source from its start: "${clip(shownQuote, 50)}"`;
  }
  const at = normalisedSource.indexOf(matched);
  const before = clipStart(shownQuote.slice(0, low), 30);
  const next = shownQuote.slice(low);
  const sourceNext = shownSource.slice(at + low);
  const sourceShown =
    sourceNext === "" ? "the source ends there" : `source: "${before}${clip(sourceNext, 30)}"`;
  const hint = /^\s?\[/.test(next)
    ? "; editorial insertions such as [sic] are not allowed: keep slips as they are"
    : /^\s?(?:…|\.\.\.)/.test(next)
      ? "; an ellipsis is not allowed: split the quote into whole sentences instead"
      : "";
  return `first difference at "${before}${clip(next, 30)}" (${sourceShown})${hint}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function checkPositions(
  quotes: readonly QuoteInput[],
  locations: Map<string, QuoteLocation[]>,
): Problem[] {
  const problems: Problem[] = [];
  const positioned = quotes.filter(
    (quote): quote is QuoteInput & { position: number } => quote.position !== undefined,
  );
  if (positioned.length === 0) return problems;

  const byPosition = new Map<number, string[]>();
  for (const quote of positioned) {
    byPosition.set(quote.position, [...(byPosition.get(quote.position) ?? []), quote.id]);
  }
  for (const [position, ids] of [...byPosition].sort(([a], [b]) => a - b)) {
    if (ids.length > 1) {
      problems.push({
        kind: "position",
        message: `Quotes ${ids.map((id) => `"${id}"`).join(", ")} share position ${position}`,
      });
    }
  }
  for (let position = 1; position <= positioned.length; position += 1) {
    if (!byPosition.has(position)) {
      problems.push({
        kind: "position",
        message: `No quote has position ${position} (positions should run from 1 to ${positioned.length} without gaps)`,
      });
    }
  }

  // Source order can only be judged when every quote was found.
  const found = positioned.map((quote) => ({ quote, first: locations.get(quote.id)?.[0] }));
  if (found.some(({ first }) => first === undefined)) return problems;
  const inSourceOrder = [...found].sort(
    (a, b) =>
      (a.first?.statement ?? 0) - (b.first?.statement ?? 0) ||
      (a.first?.start ?? 0) - (b.first?.start ?? 0) ||
      (a.first?.end ?? 0) - (b.first?.end ?? 0),
  );
  inSourceOrder.forEach(({ quote }, index) => {
    if (quote.position !== index + 1) {
      problems.push({
        kind: "position",
        quoteId: quote.id,
        message: `${label(quote)} has position ${quote.position}, but it is the ${ordinal(index + 1)} quote in source order`,
      });
    }
  });
  return problems;
}

/**
 * Checks quotes against a source text: each quote must be in the source word for word and inside
 * a speaker's quotation marks (and, when given, attributed to the right speaker and numbered in
 * source order), and every sentence inside the quotation marks must be covered in full by a quote.
 */
export function checkQuotes(quotes: readonly QuoteInput[], source: string): QuoteReport {
  const statements = extractStatements(source);
  const sentences = statements.flatMap((statement) => statement.sentences);
  const normalisedSource = normaliseText(source);
  const locations = new Map<string, QuoteLocation[]>();
  const notVerbatim: string[] = [];
  const problems: Problem[] = [];

  if (statements.length === 0) {
    problems.push({
      kind: "no-quoted-passages",
      message: `The source has no quoted passages (text between ${OPENING_DOUBLE} and ${CLOSING_DOUBLE}) to check against`,
    });
  }

  for (const quote of quotes) {
    const text = normaliseText(quote.text);
    if (!normalisedSource.includes(text) || text === "") {
      notVerbatim.push(quote.id);
      problems.push({
        kind: "not-verbatim",
        quoteId: quote.id,
        message: `${label(quote)} is not in the source verbatim: ${describeDifference(quote.text, source)}`,
      });
      continue;
    }
    const found = statements.flatMap((statement) =>
      allIndexesOf(statement.text, text).map((start) => ({
        statement: statement.index,
        start,
        end: start + text.length,
      })),
    );
    if (found.length === 0) {
      problems.push({
        kind: "outside-quotation-marks",
        quoteId: quote.id,
        message: `${label(quote)} is in the source, but not within one speaker's quotation marks: "${clip(collapseWhitespace(quote.text), 60)}"`,
      });
      continue;
    }
    locations.set(quote.id, [...(locations.get(quote.id) ?? []), ...found]);

    if (quote.speakerName !== undefined) {
      const name = normaliseText(quote.speakerName).toLowerCase();
      const attributions = found.map(
        (location) => statements[location.statement]?.attribution ?? "",
      );
      const named = (attribution: string): boolean =>
        normaliseText(attribution).toLowerCase().includes(name);
      if (!attributions.some(named)) {
        problems.push({
          kind: "wrong-speaker",
          quoteId: quote.id,
          message: `${label(quote)} is attributed to ${quote.speakerName}, but the source introduces it with "${clip(attributions[0] ?? "", 80)}"`,
        });
      }
    }
  }

  problems.push(...checkPositions(quotes, locations));

  const uncovered: Sentence[] = [];
  const allLocations = [...locations].flatMap(([id, list]) =>
    list.map((location) => ({ id, ...location })),
  );
  for (const sentence of sentences) {
    const touching = allLocations.filter(
      (location) =>
        location.statement === sentence.statement &&
        location.start < sentence.end &&
        sentence.start < location.end,
    );
    const covered = touching.some(
      (location) => location.start <= sentence.start && sentence.end <= location.end,
    );
    if (covered) continue;
    uncovered.push(sentence);
    const partly =
      touching.length === 0
        ? ""
        : ` (only part of it is in ${touching.map(({ id }) => `"${id}"`).join(", ")})`;
    problems.push({
      kind: "uncovered-sentence",
      sentence: sentence.number,
      message: `Sentence ${sentence.number} of the quoted passages (line ${sentence.line}) is not covered by any quote${partly}: "${clip(sentence.original, 100)}"`,
    });
  }

  return {
    statements,
    sentences,
    locations,
    notVerbatim,
    uncovered,
    problems,
    ok: problems.length === 0,
  };
}
