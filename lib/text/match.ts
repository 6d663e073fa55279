/**
 * The one way the site matches words: the quote and finding filters and search all read text and
 * queries through this module, so "contains every word" means the same thing everywhere.
 *
 * A word is a run of letters and digits, joined by apostrophes or hyphens inside it
 * ("Scotland's", "third-sector"). Case, accents, and the style of quote mark, apostrophe or dash
 * make no difference. A hyphenated word is found whole, joined ("thirdsector") and by each of its
 * parts; a word with an apostrophe whole, joined ("scotlands") and by the part before it
 * ("scotland"). A hyphenated word in a query asks for each of its parts.
 */

/** Longest query acted on; anything longer is cut, never an error. */
export const MAX_QUERY_LENGTH = 120;

/** Most words acted on in one query; more only slow search down without narrowing it usefully. */
export const MAX_QUERY_WORDS = 8;

// Every style of apostrophe and single quotation mark: ' ‘ ’ ‚ ‛ ʼ ′ ` ´ ＇
const APOSTROPHES = "'\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4\uFF07";
// Every style of double quotation mark: “ ” „ ‟ « » ″ ＂ (they separate words, like spaces).
const DOUBLE_QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02";
// Hyphens and the dashes that join words: - ‐ ‑ ‒ – − ﹣ －. Em dashes and bars separate them.
const HYPHENS = "\\-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D";
// Invisible inside a word: soft hyphen, zero-width non-joiner and joiner, word joiner, BOM.
const INVISIBLE = "\u00AD\u200C\u200D\u2060\uFEFF";

const WORD_CHAR = `\\p{L}\\p{N}\\p{M}${INVISIBLE}`;
/** A word as written, in any style, before normalising: what highlighting marks. */
const RAW_WORD = new RegExp(`[${WORD_CHAR}]+(?:[${APOSTROPHES}${HYPHENS}][${WORD_CHAR}]+)*`, "gu");
/** A word once normalised: letters and digits, with ' and - inside. */
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

const INVISIBLE_PATTERN = new RegExp(`[${INVISIBLE}]`, "gu");
const APOSTROPHE_PATTERN = new RegExp(`[${APOSTROPHES}]`, "gu");
const HYPHEN_PATTERN = new RegExp(`[${HYPHENS}]`, "gu");
const DOUBLE_QUOTE_PATTERN = new RegExp(`[${DOUBLE_QUOTES}]`, "gu");

/** Letters that NFKD leaves whole but readers treat as plain ones. */
const LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Text in one canonical form: accents gone, lower case, every apostrophe ', every double quote ",
 * every joining dash -, invisible characters removed and spaces collapsed:
 * "It’s “Café–style”" → "it's "cafe-style"".
 */
export function normaliseText(text: string): string {
  // Marks first: NFKD would turn "´" into a space and an accent.
  return text
    .replace(INVISIBLE_PATTERN, "")
    .replace(APOSTROPHE_PATTERN, "'")
    .replace(HYPHEN_PATTERN, "-")
    .replace(DOUBLE_QUOTE_PATTERN, '"')
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

/** The normalised words of one word as written (usually one; "¼" is "1" and "4"). */
const normalisedWords = (raw: string) => normaliseText(raw).match(WORD) ?? [];

/** Each word of the text as written, where it starts, and its normalised words. */
export function* rawWords(
  text: string,
): Generator<{ text: string; index: number; words: string[] }> {
  for (const match of text.matchAll(RAW_WORD)) {
    yield { text: match[0], index: match.index, words: normalisedWords(match[0]) };
  }
}

/** The text's words, normalised, in order. */
export function wordsOf(text: string): string[] {
  return [...rawWords(text)].flatMap((word) => word.words);
}

/** Every form under which one normalised word is found (see the top of this module). */
export function wordForms(word: string): string[] {
  const forms = new Set([word]);
  if (/['-]/.test(word)) forms.add(word.replace(/['-]/g, ""));
  for (const part of word.split("-")) {
    forms.add(part);
    forms.add(part.split("'")[0] ?? part);
  }
  return [...forms];
}

/** Every form of every word of the text: a query's words are looked up in this. */
export function textForms(text: string): Set<string> {
  return new Set(wordsOf(text).flatMap(wordForms));
}

/**
 * textForms of each item (a quote, a finding), worked out once per item: the filters run on
 * every keystroke over the same items.
 */
export function formsCache<T extends object>(text: (item: T) => string): (item: T) => Set<string> {
  const cache = new WeakMap<T, Set<string>>();
  return (item) => {
    let forms = cache.get(item);
    if (!forms) {
      forms = textForms(text(item));
      cache.set(item, forms);
    }
    return forms;
  };
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
 * The words a query asks for, normalised, in order, without repeats, at most MAX_QUERY_WORDS. A
 * hyphenated word asks for its parts, so "third-sector" finds "third sector" too. Anything that
 * is not a word (HTML, regex characters, emoji) is simply not asked for.
 */
export function queryWords(raw: string): string[] {
  const words = wordsOf(cleanQuery(raw)).flatMap((word) => word.split("-"));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** True when the text (given by its forms) holds every word asked for. */
export function hasEveryWord(forms: ReadonlySet<string>, words: readonly string[]): boolean {
  return words.every((word) => forms.has(word));
}

/** True when the text holds every word of the query; an empty query matches everything. */
export function containsEveryWord(text: string, query: string): boolean {
  return hasEveryWord(textForms(text), queryWords(query));
}
