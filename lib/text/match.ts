/**
 * The one way the site matches words: the quote and finding filters and search all read text and
 * queries through this module, so "contains every word" means the same thing everywhere.
 *
 * A word is a run of letters and digits, joined by apostrophes or hyphens inside it
 * ("Scotland's", "third-sector"). Case, accents, and the style of quote mark, apostrophe or dash
 * make no difference. A hyphenated word is found whole, joined ("thirdsector") and by each of its
 * parts; a word with an apostrophe whole, joined ("scotlands") and by the part before it
 * ("scotland"). A number written with thousands separators is one word without them ("1,400" is
 * "1400"). A hyphenated word in a query asks for each of its parts.
 *
 * A query's words that carry no meaning on their own (articles, question words, "for", "does",
 * "this": STOP_WORDS) are not asked for, unless the query has nothing else; text in quotation
 * marks is a phrase (parseQuery).
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
/** A number with thousands separators: "1,400", "10,000". */
const GROUPED_NUMBER = "\\p{Nd}{1,3}(?:,\\p{Nd}{3})+(?!\\p{Nd})";
/** A word as written, in any style, before normalising: what highlighting marks. */
const RAW_WORD = new RegExp(
  `${GROUPED_NUMBER}|[${WORD_CHAR}]+(?:[${APOSTROPHES}${HYPHENS}][${WORD_CHAR}]+)*`,
  "gu",
);
const THOUSANDS_SEPARATOR = /(?<=\p{Nd}),(?=\p{Nd}{3})/gu;
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
const normalisedWords = (raw: string) =>
  normaliseText(raw).replace(THOUSANDS_SEPARATOR, "").match(WORD) ?? [];

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
 * Words that carry no meaning in a query on their own: articles, pronouns, prepositions and
 * conjunctions, the verbs that make a question ("does", "is", "can") and the question words.
 * Normalised, as queryWords reads them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles and determiners
    "a an the this that these those some any all each every",
    // prepositions and conjunctions
    "of for to in on at by with from into onto about as via per and or but nor so if then than",
    // pronouns
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs",
    "there here it's that's there's what's who's i'm i've we're we've they're you're let's",
    // verbs that make a question or a tense
    "is are was were be been being am do does did doing done have has had having",
    "can could would should will shall may might must",
    // question words
    "what which who whom whose when where why how",
    // what people type around the words they mean
    "please tell show find search",
  ]
    .join(" ")
    .split(" "),
);

/** Question words: in a query with one, QUESTION_VERBS carry no meaning either. */
const QUESTION_WORDS = new Set("what which who whom whose when where why how".split(" "));

/** "What does this mean", "what did she say": the verb of the question, not a word sought. */
const QUESTION_VERBS = new Set("mean means meant say says said tell told".split(" "));

/** A query, read: the words it asks for, the words dropped, and its phrases. */
export interface ParsedQuery {
  /**
   * The words asked for, normalised, in order, without repeats, at most MAX_QUERY_WORDS: every
   * word of the query but those that carry no meaning, unless it has nothing else.
   */
  words: string[];
  /** The words left out as carrying no meaning: never matched or marked. */
  dropped: string[];
  /** Text in quotation marks, two words or more, as its words in order (dropped words too). */
  phrases: string[][];
  /** Words typed in quotation marks: taken as they are, never as the start of a word or a typo. */
  exact: string[];
  /** Every word of the query in order, dropped ones too: what names are looked for in. */
  sequence: string[];
}

/** The words of a piece of a query: hyphenated words by their parts. */
const queryPieceWords = (text: string) => wordsOf(text).flatMap((word) => word.split("-"));

/**
 * Reads a query. Text between quotation marks of any style is a phrase; a quotation mark left
 * open runs to the end (the phrase is still being typed). A hyphenated word asks for its parts,
 * so "third-sector" finds "third sector" too. Anything that is not a word (HTML, regex
 * characters, emoji) is simply not asked for.
 */
export function parseQuery(raw: string): ParsedQuery {
  const pieces = normaliseText(cleanQuery(raw)).split('"');
  const sequence: string[] = [];
  const phrases: string[][] = [];
  const quoted = new Set<string>();
  pieces.forEach((piece, index) => {
    const words = queryPieceWords(piece);
    sequence.push(...words);
    if (index % 2 === 0) return;
    for (const word of words) quoted.add(word);
    if (words.length > 1) phrases.push(words);
  });
  const unique = [...new Set(sequence)];
  const question = unique.some((word) => QUESTION_WORDS.has(word));
  const meaningless = (word: string) =>
    STOP_WORDS.has(word) || (question && QUESTION_VERBS.has(word));
  const meaningful = unique.filter((word) => !meaningless(word));
  const words = (meaningful.length > 0 ? meaningful : unique).slice(0, MAX_QUERY_WORDS);
  const dropped = meaningful.length > 0 ? unique.filter(meaningless) : [];
  return {
    words,
    dropped,
    phrases,
    exact: words.filter((word) => quoted.has(word)),
    sequence,
  };
}

/** The words a query asks for (parseQuery's `words`). */
export function queryWords(raw: string): string[] {
  return parseQuery(raw).words;
}

/**
 * The text's words in order as a phrase is matched against them: hyphenated words by their
 * parts, as queries read them ("third-sector" is "third sector").
 */
export function phraseWordsOf(text: string): string[] {
  return queryPieceWords(text);
}

/**
 * True when the words (from phraseWordsOf) hold the phrase's words one after another, each
 * matching as a word does (a form of it: "Scotland's children" holds "scotland children").
 */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let start = 0; start + phrase.length <= words.length; start++) {
    for (let i = 0; i < phrase.length; i++) {
      const word = words[start + i] ?? "";
      const wanted = phrase[i] ?? "";
      if (word !== wanted && !wordForms(word).includes(wanted)) continue outer;
    }
    return true;
  }
  return false;
}

/** True when the text (given by its forms) holds every word asked for. */
export function hasEveryWord(forms: ReadonlySet<string>, words: readonly string[]): boolean {
  return words.every((word) => forms.has(word));
}

/** True when the text holds every word of the query; an empty query matches everything. */
export function containsEveryWord(text: string, query: string): boolean {
  return hasEveryWord(textForms(text), queryWords(query));
}
