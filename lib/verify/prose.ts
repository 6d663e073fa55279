/**
 * Checks the site's own prose against the news release and the checked facts:
 *
 * - a run of RELEASE_RUN_LIMIT or more consecutive words of the release, outside quotation
 *   marks, is the release's words passed off as ours: quote them or put them in our own words;
 * - a quotation of QUOTATION_WORD_LIMIT or more words must be word for word in the release or in
 *   the facts file: a quotation with a word changed is not a quotation. Shorter ones (a term in
 *   scare quotes, a title of a word or two) are left alone.
 *
 * Words compare without regard to case, the style of apostrophes, or the punctuation and
 * whitespace between them: "Scotland’s" and "scotland's" are the same word, and "long-term" is
 * the two words "long term". Quotation marks may be “…”, "…" or ‘…’ (and '…' around words); an
 * apostrophe within or at the end of a word is not one.
 *
 * Pure functions: callers read the files and pass the text in.
 */

/** This many consecutive words of the release, or more, outside quotation marks, fail. */
export const RELEASE_RUN_LIMIT = 10;

/** A quotation of this many words or more must be word for word in the release or the facts. */
export const QUOTATION_WORD_LIMIT = 4;

/** Part of a paragraph or field, and the 1-based line of the file where it starts. */
export interface TextPiece {
  /** Its line breaks count: a word after the first one is on `line + 1`. */
  text: string;
  line?: number;
}

/** One run of prose: a frontmatter or YAML field, or a paragraph or heading of an MDX body. */
export interface ProseSegment {
  /** The field's path, such as `summary` or `changes[0].note`, or `body`. */
  field: string;
  /** Joined without separators: the text nodes of a paragraph, say. */
  pieces: readonly TextPiece[];
  /** The whole segment is a quotation (a Markdown block quote). */
  quoted?: boolean;
}

export interface ProseDocument {
  /** As shown in messages, e.g. `content/findings/x.mdx`. */
  file: string;
  segments: readonly ProseSegment[];
}

export interface ProseSources {
  release: string;
  facts: string;
}

export interface ProseNames {
  /** How messages name the release; default "the news release". */
  release?: string;
  /** How messages name the facts file; default "facts.md". */
  facts?: string;
}

export type ProseProblemKind = "release-words" | "unsourced-quotation";

export interface ProseProblem {
  kind: ProseProblemKind;
  file: string;
  field: string;
  line?: number;
  /** The words at fault, as written, whitespace collapsed. */
  words: string;
  /** How many words. */
  count: number;
  message: string;
}

export interface Word {
  /** The word in comparable form: lower case, every apostrophe '. */
  word: string;
  /** Offsets into the text it was found in. */
  start: number;
  end: number;
}

/** A stretch of text between an opening and a closing quotation mark (marks excluded). */
export interface Span {
  start: number;
  end: number;
}

const APOSTROPHES = /['\u2018\u2019\u02BC]/gu;
/** Letters and digits, with apostrophes inside: `Scotland’s`, `don't`. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** A word in the form used for comparison. */
export function normaliseWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "'");
}

/** The words of a text, in order, each normalised, with where it is. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: normaliseWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character);

/**
 * The outermost quotations in a text, as the stretches between their marks. “ and „ open and ”
 * closes a double quotation; a straight " closes an open double quotation or opens one. ‘ opens
 * a single quotation, and so does a straight ' before a word that does not follow one. ’ or '
 * closes an open single quotation when it ends a word or follows punctuation and no letter
 * comes next; between letters (Scotland’s), or at a word's end with no single quotation open
 * (families’), it is an apostrophe. Quotations may nest; a quotation left open runs to the end
 * of the text, as a quotation that continues into the next paragraph does.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: ("double" | "single")[] = [];
  let start = 0;
  const opening = (kind: "double" | "single", at: number) => {
    if (open.length === 0) start = at + 1;
    open.push(kind);
  };
  const closing = (kind: "double" | "single", at: number): boolean => {
    const index = open.lastIndexOf(kind);
    if (index === -1) return false;
    open.length = index;
    if (open.length === 0) spans.push({ start, end: at });
    return true;
  };
  for (let at = 0; at < text.length; at += 1) {
    const character = text[at];
    const before = text[at - 1];
    const after = text[at + 1];
    switch (character) {
      case "\u201C": // “
      case "\u201E": // „
        opening("double", at);
        break;
      case "\u201D": // ”; one with nothing open is a stray, and ignored
        closing("double", at);
        break;
      case '"':
        if (!closing("double", at)) opening("double", at);
        break;
      case "\u2018": // ‘
        if (!(isWordCharacter(before) && isWordCharacter(after))) opening("single", at);
        break;
      case "\u2019": // ’
      case "'":
        if (isWordCharacter(before) && isWordCharacter(after)) break; // Scotland’s
        if (
          open.includes("single") &&
          !isWordCharacter(after) &&
          before !== undefined &&
          !/\s/u.test(before)
        ) {
          closing("single", at);
        } else if (character === "'" && !isWordCharacter(before) && isWordCharacter(after)) {
          opening("single", at);
        }
        break;
      default:
        break;
    }
  }
  if (open.length > 0) spans.push({ start, end: text.length });
  return spans;
}

/** The words of a source, for finding runs and quotations in it. */
export class SourceWords {
  readonly words: readonly string[];
  private readonly joined: string;
  private readonly at = new Map<string, number[]>();

  constructor(text: string) {
    this.words = wordsOf(text).map(({ word }) => word);
    this.joined = ` ${this.words.join(" ")} `;
    this.words.forEach((word, index) => {
      const list = this.at.get(word);
      if (list) list.push(index);
      else this.at.set(word, [index]);
    });
  }

  /** Whether the words occur in the source one after another, in this order. */
  contains(words: readonly string[]): boolean {
    return words.length > 0 && this.joined.includes(` ${words.join(" ")} `);
  }

  /** The most words of `words`, from `from` on, that occur in the source one after another. */
  longestRunAt(words: readonly string[], from: number): number {
    let longest = 0;
    for (const position of this.at.get(words[from] ?? "") ?? []) {
      let length = 1;
      while (
        from + length < words.length &&
        this.words[position + length] !== undefined &&
        this.words[position + length] === words[from + length]
      ) {
        length += 1;
      }
      longest = Math.max(longest, length);
    }
    return longest;
  }
}

/** Up to `length` characters, cut back to a whole word, with "…" when something was cut. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut) + "…";
}

const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();

/** The line of each offset into a segment's joined text. */
function lineFinder(pieces: readonly TextPiece[]): (offset: number) => number | undefined {
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    length += piece.text.length;
  }
  return (offset) => {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > offset) index -= 1;
    const piece = pieces[index];
    if (piece?.line === undefined) return undefined;
    const before = piece.text.slice(0, offset - (starts[index] ?? 0));
    return piece.line + (before.match(/\n/gu)?.length ?? 0);
  };
}

interface Group {
  quoted: boolean;
  words: Word[];
  /** For a quotation: the stretch between its marks. */
  span?: Span;
}

/** A segment's words, cut into stretches outside quotation marks and the quotations. */
function groupsOf(text: string, quoted: boolean): Group[] {
  const spans = quoted ? [{ start: 0, end: text.length }] : quotedSpans(text);
  const groups: Group[] = [];
  let current: Group | undefined;
  let spanIndex = 0;
  for (const word of wordsOf(text)) {
    while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= word.start) {
      spanIndex += 1;
      current = undefined; // a quotation (even one without words) ends a stretch
    }
    const span = spans[spanIndex];
    const inside = span !== undefined && span.start <= word.start;
    const continues = inside
      ? current?.quoted === true && current.span === span
      : current?.quoted === false;
    if (current === undefined || !continues) {
      current = inside ? { quoted: true, words: [], span } : { quoted: false, words: [] };
      groups.push(current);
    }
    current.words.push(word);
  }
  return groups.filter((group) => group.words.length > 0);
}

/**
 * Every run of the release's words outside quotation marks, and every quotation that is in
 * neither source, in each document's prose. Problems come in document order, then by position.
 */
export function checkProse(
  documents: readonly ProseDocument[],
  sources: ProseSources,
  names: ProseNames = {},
): ProseProblem[] {
  const releaseName = names.release ?? "the news release";
  const factsName = names.facts ?? "facts.md";
  const release = new SourceWords(sources.release);
  const facts = new SourceWords(sources.facts);
  const problems: ProseProblem[] = [];

  for (const document of documents) {
    for (const segment of document.segments) {
      const text = segment.pieces.map((piece) => piece.text).join("");
      const lineAt = lineFinder(segment.pieces);
      const report = (
        kind: ProseProblemKind,
        from: number,
        shown: string,
        count: number,
        message: string,
      ) => {
        const line = lineAt(from);
        problems.push({
          kind,
          file: document.file,
          field: segment.field,
          ...(line === undefined ? {} : { line }),
          words: shown,
          count,
          message,
        });
      };

      for (const group of groupsOf(text, segment.quoted === true)) {
        const words = group.words.map(({ word }) => word);
        if (group.quoted) {
          if (words.length < QUOTATION_WORD_LIMIT) continue;
          if (release.contains(words) || facts.contains(words)) continue;
          const span = group.span ?? { start: 0, end: text.length };
          const shown = collapse(text.slice(span.start, span.end));
          report(
            "unsourced-quotation",
            group.words[0]?.start ?? span.start,
            shown,
            words.length,
            `${words.length} words ${segment.quoted === true ? "in a block quote" : "in quotation marks"} that are not word for word in ${releaseName} or ${factsName}: "${clip(shown, 120)}"; quote the source exactly, or put it in your own words without quotation marks`,
          );
          continue;
        }
        for (let index = 0; index < words.length;) {
          const length = release.longestRunAt(words, index);
          if (length < RELEASE_RUN_LIMIT) {
            index += 1;
            continue;
          }
          const first = group.words[index];
          const last = group.words[index + length - 1];
          if (first && last) {
            const shown = collapse(text.slice(first.start, last.end));
            report(
              "release-words",
              first.start,
              shown,
              length,
              `${length} words of ${releaseName} outside quotation marks: "${clip(shown, 120)}"; quote them with their speaker or put them in your own words`,
            );
          }
          index += length;
        }
      }
    }
  }
  return problems;
}
