/**
 * Reading a news release the way the quote checker needs it: the passages inside quotation
 * marks, grouped into each speaker's statement, and cut into sentences. Only whitespace and the
 * style of quotation marks and apostrophes are normalised; every other character is kept.
 *
 * Pure functions: callers read the files and pass the text in.
 */

export const OPENING_DOUBLE = "\u201C"; // “
export const CLOSING_DOUBLE = "\u201D"; // ”

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
