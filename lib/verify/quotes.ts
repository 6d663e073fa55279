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

const OPENING_DOUBLE = "\u201C"; // “
const CLOSING_DOUBLE = "\u201D"; // ”

/** Curly and straight single quotation marks and apostrophes: ‘ ’ ‚ ‛ ' */
const SINGLE_MARKS = /[\u2018\u2019\u201A\u201B']/g;
/** Curly and straight double quotation marks: “ ” „ ‟ " */
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F"]/g;

/** A blank line (whitespace-only lines count as blank): the break between two paragraphs. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

/**
 * Words that end in a full stop without ending a sentence. Single capital letters (initials)
 * are handled separately.
 */
const ABBREVIATIONS = new Set([
  "dr",
  "prof",
  "mr",
  "mrs",
  "ms",
  "mx",
  "st",
  "rev",
  "hon",
  "e.g",
  "i.e",
  "cf",
  "vs",
]);

/**
 * Text in the form used for comparison: every run of whitespace (including no-break and narrow
 * no-break spaces) becomes one space, the ends are trimmed, and every single quotation mark or
 * apostrophe becomes ' and every double quotation mark becomes ". Nothing else changes: not case,
 * not dashes, not hyphens, not punctuation.
 */
export function normaliseText(text: string): string {
  return collapseWhitespace(text).replace(SINGLE_MARKS, "'").replace(DOUBLE_MARKS, '"');
}

/**
 * Only the whitespace part of normaliseText: the text as written, quotation marks and all, for
 * showing in messages. It has the same length as normaliseText's result, so offsets carry over.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** A stretch of text and where it sits in the text it was taken from. */
export interface TextSpan {
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** The words between an opening “ and where the quotation ends, within one paragraph. */
export interface QuotedPassage extends TextSpan {
  /** 1-based line of the source where the passage starts. */
  line: number;
  /**
   * True when a closing ” ends the passage. False when the paragraph ends first, which is how a
   * statement that runs on into the next paragraph is written (that paragraph opens with “).
   */
  closed: boolean;
  /** The paragraph the passage is in, as offsets into the source. */
  paragraph: { start: number; end: number };
}

/** One sentence of a speaker's statement. */
export interface Sentence {
  /** 1-based, across every statement in source order. */
  number: number;
  /** The sentence in normalised form (see normaliseText). */
  text: string;
  /** The sentence as written, with whitespace collapsed (see collapseWhitespace). */
  original: string;
  /** 1-based line of the source where the sentence starts. */
  line: number;
  /** Index into the statements list. */
  statement: number;
  /** Offsets into the statement's normalised text. */
  start: number;
  end: number;
}

/** Everything one speaker says in one go: a passage and the passages that continue it. */
export interface Statement {
  index: number;
  /**
   * The text around the quotation marks in the statement's first paragraph, whitespace
   * collapsed: for example `Dr Jane Doe, Head of Research, said:`.
   */
  attribution: string;
  passages: QuotedPassage[];
  sentences: Sentence[];
  /** The statement's words, normalised, sentences joined by single spaces. */
  text: string;
}

/** The paragraphs of a text, as offsets, in order. */
function paragraphSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of source.matchAll(PARAGRAPH_BREAK)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: source.length });
  return spans;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line += 1;
  }
  return line;
}

/**
 * The passages inside double quotation marks, in source order. A passage runs from an opening “
 * to the first of: a closing ”, another opening “, or the end of the paragraph. Passages with no
 * words in them are left out.
 */
export function extractQuotedPassages(source: string): QuotedPassage[] {
  const paragraphs = paragraphSpans(source);
  const passages: QuotedPassage[] = [];
  for (const paragraph of paragraphs) {
    let from = paragraph.start;
    for (;;) {
      const open = source.indexOf(OPENING_DOUBLE, from);
      if (open === -1 || open >= paragraph.end) break;
      const start = open + 1;
      const close = source.indexOf(CLOSING_DOUBLE, start);
      const nextOpen = source.indexOf(OPENING_DOUBLE, start);
      let end = paragraph.end;
      let closed = false;
      if (close !== -1 && close < end && (nextOpen === -1 || close < nextOpen)) {
        end = close;
        closed = true;
      } else if (nextOpen !== -1 && nextOpen < end) {
        end = nextOpen;
      }
      const text = source.slice(start, end);
      if (normaliseText(text) !== "") {
        passages.push({ text, start, end, line: lineAt(source, start), closed, paragraph });
      }
      from = closed ? end + 1 : end;
    }
  }
  return passages;
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? "";
  const bare = word.replace(/^[\u201C\u2018"'([]+/u, "");
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}

/**
 * Splits text into sentences. A sentence ends at . ! or ? (with any closing quotation marks or
 * brackets after it) when whitespace and then a capital letter, a digit or an opening quotation
 * mark or bracket follow. Abbreviations such as "Dr." and initials do not end a sentence. The
 * spans are trimmed and their offsets point into the text given.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const boundary = /[.!?]+[\u201D\u2019"')\]]*(?=\s+[\u201C\u2018"'([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") {
      spans.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    }
  };
  for (const match of text.matchAll(boundary)) {
    if (isAbbreviation(text.slice(start, match.index))) continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/**
 * The speakers' statements in source order, each split into sentences. A passage that ends with
 * its paragraph, without a closing ”, is continued by the passage that opens the next paragraph.
 */
export function extractStatements(source: string): Statement[] {
  const statements: Statement[] = [];
  const groups: QuotedPassage[][] = [];
  let previous: QuotedPassage | undefined;
  for (const passage of extractQuotedPassages(source)) {
    const group = groups[groups.length - 1];
    const continues =
      group !== undefined &&
      previous !== undefined &&
      !previous.closed &&
      passage.paragraph.start !== previous.paragraph.start &&
      normaliseText(source.slice(passage.paragraph.start, passage.start - 1)) === "";
    if (continues) group.push(passage);
    else groups.push([passage]);
    previous = passage;
  }

  let sentenceNumber = 0;
  for (const passages of groups) {
    const first = passages[0];
    if (first === undefined) continue;
    const index = statements.length;
    const paragraphText = source.slice(first.paragraph.start, first.paragraph.end);
    const attribution = collapseWhitespace(
      extractQuotedPassages(paragraphText)
        .reduceRight(
          (text, passage) => text.slice(0, passage.start - 1) + " " + text.slice(passage.end + 1),
          paragraphText,
        )
        .replace(DOUBLE_MARKS, " "),
    );
    const sentences: Sentence[] = [];
    let text = "";
    for (const passage of passages) {
      for (const span of splitSentences(passage.text)) {
        const sentenceText = normaliseText(span.text);
        if (text !== "") text += " ";
        sentenceNumber += 1;
        sentences.push({
          number: sentenceNumber,
          text: sentenceText,
          original: collapseWhitespace(span.text),
          line: lineAt(source, passage.start + span.start),
          statement: index,
          start: text.length,
          end: text.length + sentenceText.length,
        });
        text += sentenceText;
      }
    }
    statements.push({ index, attribution, passages, sentences, text });
  }
  return statements;
}

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
