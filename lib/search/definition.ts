import type { Document as DocumentType, DocumentOptions, EncoderOptions } from "flexsearch";
import { holdsPhrase, phraseWordsOf, textForms } from "@/lib/text/match";
import { searchFiles } from "@/lib/content/routes";
import type { SearchType } from "./search-types";

/**
 * The one definition of the search index, shared by the build (the route handlers that emit
 * search-index.json and the text chunks), the tests, the benchmark and the browser. flexsearch
 * 0.8 exports carry no settings: an index imported with other options finds nothing, silently,
 * so every side builds its options here.
 *
 * The download is in two parts. The index (search-index.json) holds what finding and ranking
 * need: flexsearch's export, each record's title, address and facets, and the glossary's names.
 * The text people read in a result (the snippet) is in chunks of records (search-text/N.json),
 * fetched when results from a chunk are shown.
 */

/** The flexsearch module, or its compact build in the browser: both export its Document. */
export interface Flexsearch {
  Document: typeof DocumentType;
}

/** The text of one record, by the field it is indexed in. */
export interface SearchFields {
  /** What the result is called (a section's own heading): weighs most. */
  title: string;
  /** Who said it: a speaker's name and role, on quotes and on the speaker. */
  who: string;
  /** What people read on the page: its passages (paragraphs, fields), one a line. */
  body: string;
  /** The speaker's name alone, on quotes and on the speaker: a query naming them leads with them. */
  name?: string;
  /** For a section, the title of the page it is on: it counts, for less than its own heading. */
  page?: string;
  /** Words people look for the page by that its title and text do not use ("data", "CSV"). */
  keywords?: string;
  /** The glossary entries the record's text names, by any of their names (see mentionsAlias). */
  aliases?: readonly SearchAlias[];
}

/** A glossary entry as search reads it: every name it goes by, each meaning the same thing. */
export interface SearchAlias {
  names: readonly string[];
}

/**
 * The facets, kept with each record rather than as flexsearch tags: flexsearch's tag filter
 * only looks at each field's first 100 hits (TOOLCHAIN trap 2), so filters work on id sets
 * computed from these instead.
 */
export interface SearchFacets {
  type: SearchType;
  /** The speaker's slug, on quotes and on the speaker's own record. */
  speaker?: string;
  /** Slugs of the key elements the record belongs to or is about. */
  elements: string[];
}

/** One thing search can find, before indexing. */
export interface SearchRecord extends SearchFacets, SearchFields {
  /**
   * What the result is called in the list: a quote's opening words, a section's page and
   * heading ("A skilled, supported workforce: What the sources say").
   */
  label: string;
  url: string;
  /**
   * Shown with the title: where an element stands ("Key element 4"), who said a quote and
   * their role ("Claire Burns, Director, CELCIS"), a speaker's role.
   */
  context: string;
}

/** What the index keeps of each record to rank and show it: no index internals, no text. */
export interface StoredRecord extends SearchFacets {
  title: string;
  url: string;
  context: string;
  /** Words in the indexed title and in the body, for ranking short matches above long ones. */
  titleWords: number;
  bodyWords: number;
}

/** The index the route handler emits and the browser fetches. Bump the version with any change. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  records: StoredRecord[];
  /** The glossary's entries that some record names: each entry's names, as phrase words. */
  aliases: string[][];
  /** The first record of each text chunk, in order (the first is 0). */
  textChunks: number[];
  /**
   * flexsearch's export, key → data, kept as parsed JSON rather than the JSON strings
   * flexsearch hands out, so the file does not carry every quotation mark escaped.
   */
  index: Record<string, unknown>;
}

/** One chunk of the text shown in results: the passages of records `first`, `first + 1`… */
export interface SearchTextChunk {
  version: typeof SEARCH_INDEX_VERSION;
  first: number;
  passages: string[][];
}

export const SEARCH_INDEX_VERSION = 4;
export const SEARCH_INDEX_PATH = searchFiles.searchIndex();

/** A text chunk holds records up to about this many characters of text (about 16 KB gzip). */
export const TEXT_CHUNK_CHARS = 64_000;

/**
 * Field weights for ranking: the speaker named beats a title, which beats the words people look
 * for a page by, which beat the title of the page a section is on, which beats the text; who
 * said it (role, organisation) counts least.
 */
export const fieldWeights = {
  name: 150,
  title: 100,
  keywords: 60,
  page: 25,
  words: 10,
  who: 8,
} as const;
export type IndexedField = keyof typeof fieldWeights;

/**
 * How a query word matched, as a share of the field's weight: the word itself; another form of
 * it ("scotland" for "scotland's"); the nearest word to a typo (the results are shown "for" it);
 * another name of the same glossary entry; a text giving two of the entry's names (an acronym
 * and what it stands for: where it is explained, so it counts as its title would); a word it
 * starts.
 */
export const matchWeights = {
  exact: 1,
  form: 0.8,
  corrected: 1,
  alias: 0.9,
  defines: 0.9,
  prefix: 0.6,
} as const;
export type MatchKind = keyof typeof matchWeights;

/**
 * How much a type's matches count: the site's own pages and words in full; a source's entry on
 * the sources page (a reference, not an answer) and a term's entry in the glossary (short, so it
 * would otherwise outrank the pages that discuss what its definition mentions) for less.
 */
export const typeWeight: Record<SearchType, number> = {
  element: 1,
  speaker: 1,
  finding: 1,
  page: 1,
  section: 1,
  quote: 1,
  term: 0.6,
  source: 0.6,
};

/**
 * Words that name a kind of result ("quotes", "findings"): in a query, every result of that kind
 * holds the word, counting as much as who said it would ("quotes about housing").
 */
export const typeWords: ReadonlyMap<string, SearchType> = new Map(
  (["quote", "finding", "speaker", "source", "element"] as const).flatMap((type) => [
    [type, type],
    [`${type}s`, type],
  ]),
);
export const TYPE_WORD_WEIGHT = 40;

/** Tie-breaks between types: an element comes before its own sections. */
export const typeBoost: Record<SearchType, number> = {
  element: 6,
  speaker: 5,
  finding: 4,
  page: 3,
  section: 2,
  quote: 1,
  term: 0,
  source: 0,
};

/** The start of a word that search finds words by (the word being typed, or one not known). */
export const MIN_PREFIX = 3;
/** A word is corrected to the nearest known one only from this many letters. */
export const TYPO_MIN_LENGTH = 4;
/** Words up to this long tolerate one typo; longer ones two. */
export const ONE_TYPO_MAX_LENGTH = 6;

/** The token that stands, in the index, for a mention of glossary entry `n` by any name. */
export const aliasToken = (n: number) => `~${n}`;
/** The token for a text that names glossary entry `n` by two of its names or more. */
export const definesToken = (n: number) => `~${n}!`;
export const isAliasToken = (token: string) => token.startsWith("~");

/** A glossary entry's names as search compares them: their words in order ("third sector"). */
export const aliasNames = (alias: SearchAlias): string[] =>
  [...new Set(alias.names.map((name) => phraseWordsOf(name).join(" ")))].filter(Boolean);

/** How many of the glossary entry's names the text holds, each as a phrase. */
export function aliasMentions(text: string, alias: SearchAlias): number {
  const words = phraseWordsOf(text);
  return aliasNames(alias).filter((name) => holdsPhrase(words, name.split(" "))).length;
}

/** True when the text names the glossary entry by one of its names, as a phrase. */
export const mentionsAlias = (text: string, alias: SearchAlias) => aliasMentions(text, alias) > 0;

/** One record as flexsearch indexes it. */
export interface IndexedDocument {
  [key: string]: string | number;
  id: number;
  title: string;
  name: string;
  who: string;
  keywords: string;
  page: string;
  words: string;
}

const joinForms = (...texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...textForms(text)]))].join(" ");

/**
 * What each indexed field holds: every word of its text in every form the filters match
 * (lib/text/match.ts), once. `words` is the title, body and keywords together, so a record
 * holding all of a query's words can be told apart from one holding some. A glossary entry the
 * record names (`aliasIds`, its numbers in the index file) is a token in `words`, and in
 * `title` too when the title names it; another, in `title`, marks a record naming it by two
 * names or more (it explains the entry: see matchWeights.defines).
 */
export function indexedDocument(
  id: number,
  fields: SearchFields,
  aliasIds: readonly { id: number; inTitle: boolean; defines: boolean }[] = [],
): IndexedDocument {
  const titleAliases = aliasIds.flatMap((a) => [
    ...(a.inTitle ? [aliasToken(a.id)] : []),
    ...(a.defines ? [definesToken(a.id)] : []),
  ]);
  const allAliases = aliasIds.map((a) => aliasToken(a.id));
  return {
    id,
    title: [joinForms(fields.title), ...titleAliases].filter(Boolean).join(" "),
    name: joinForms(fields.name ?? ""),
    who: joinForms(fields.who),
    keywords: joinForms(fields.keywords ?? ""),
    page: joinForms(fields.page ?? ""),
    words: [joinForms(fields.title, fields.body, fields.keywords ?? ""), ...allAliases]
      .filter(Boolean)
      .join(" "),
  };
}

/**
 * Every field holds forms lib/text/match.ts has already normalised, one per space, and queries
 * bring its words: flexsearch takes them exactly as they are.
 */
const asGiven: EncoderOptions = { normalize: false, split: " ", numeric: false, dedupe: false };

/** The fields, in the order flexsearch keeps them. */
export const indexedFields = ["title", "name", "who", "keywords", "page", "words"] as const;

/**
 * flexsearch Document options: every field whole words (strict), as given, one place each
 * (resolution 1: ranking is worked out from the fields, not from where a word stands). Starts of
 * words and typos are looked up in the index's own vocabulary (lib/search/load.ts), so the index
 * holds each word once rather than every start of it.
 */
export function documentOptions(): DocumentOptions<IndexedDocument> {
  return {
    document: {
      id: "id",
      index: indexedFields.map((field) => ({
        field,
        tokenize: "strict" as const,
        encoder: asGiven,
        resolution: 1,
      })),
    },
  };
}
