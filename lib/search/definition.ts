import type {
  Charset as CharsetType,
  Document as DocumentType,
  DocumentOptions,
  EncoderOptions,
} from "flexsearch";
import { MAX_QUERY_LENGTH, normaliseText, textForms, wordsOf } from "@/lib/text/match";
import { routes } from "@/lib/content/routes";

/**
 * The one definition of the search index, shared by the build (the route handler that emits
 * search-index.json), the tests, the benchmark and the browser. flexsearch 0.8 exports carry no
 * settings: an index imported with other options finds nothing, silently, so every side builds
 * its options here.
 */

/** The flexsearch module, or its compact build in the browser: both export these two. */
export interface Flexsearch {
  Document: typeof DocumentType;
  Charset: typeof CharsetType;
}

export const searchTypes = ["element", "section", "quote", "finding", "speaker", "page"] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<SearchType, string> = {
  element: "Key element",
  section: "Section",
  quote: "Quote",
  finding: "Finding",
  speaker: "Speaker",
  page: "Page",
};

/**
 * The line above a result's title: its type, then where it belongs, unless that only repeats
 * the type ("Finding", not "Finding · Finding"; "Key element 7", not "Key element · Key element 7").
 */
export function resultKicker(type: SearchType, context: string): string {
  const label = searchTypeLabels[type];
  if (!context || context.toLowerCase() === label.toLowerCase()) return label;
  if (context.toLowerCase().startsWith(`${label.toLowerCase()} `)) return context;
  return `${label} · ${context}`;
}

export function isSearchType(value: string): value is SearchType {
  return (searchTypes as readonly string[]).includes(value);
}

/** The text of one record, by the field it is indexed in. */
export interface SearchFields {
  /** What the result is called: weighs most. */
  title: string;
  /** Who said it: a speaker's name and role, on quotes and on the speaker. */
  who: string;
  /** What people read on the page. */
  body: string;
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
  /** What the result is called in the list; for a quote, its speaker (whose name is in `who`). */
  label: string;
  url: string;
  /** Shown under the title: the element a section belongs to, a quote's speaker and role. */
  context: string;
}

/** What the browser keeps of each record to show it: no index internals. */
export interface StoredRecord extends SearchFacets {
  title: string;
  url: string;
  context: string;
  /** The start of the text people see, for the snippet. */
  text: string;
}

/** Stored text is capped so a long page cannot swell the download; snippets come from it. */
export const STORED_TEXT_CHARS = 160;

export { MAX_QUERY_LENGTH };

/** The file the route handler emits and the browser fetches. Bump the version with any change. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  records: StoredRecord[];
  /**
   * flexsearch's export, key → data, kept as parsed JSON rather than the JSON strings
   * flexsearch hands out, so the file does not carry every quotation mark escaped.
   */
  index: Record<string, unknown>;
}
export const SEARCH_INDEX_VERSION = 2;
export const SEARCH_INDEX_PATH = routes.searchIndex();

/**
 * Field weights for ranking: a title match beats a speaker's-name match beats a word of the text,
 * which beats the start of one.
 */
export const fieldWeights = { title: 100, who: 40, words: 10, prefixes: 8, typo: 4 } as const;
export type IndexedField = keyof typeof fieldWeights;

/** Tie-breaks between types: an element comes before its own sections. */
export const typeBoost: Record<SearchType, number> = {
  element: 6,
  speaker: 5,
  finding: 4,
  page: 3,
  section: 2,
  quote: 1,
};

/**
 * Hyphenated words are indexed by their parts (the encoder splits them) and whole, joined
 * ("long-term", "long–term" also as "longterm"), so either way of typing finds them.
 */
export function withJoinedHyphens(text: string): string {
  const joined = wordsOf(text)
    .filter((word) => word.includes("-"))
    .map((word) => word.replace(/['-]/g, ""));
  return joined.length > 0 ? `${text} ${joined.join(" ")}` : text;
}

/** Shortest prefix of a body word that search finds; titles find from the first letter. */
export const MIN_PREFIX = 4;

/**
 * The prefixes of MIN_PREFIX letters or more of the text's words (not the words themselves),
 * indexed as whole words. flexsearch's "forward" mode would also index every one- and two-letter
 * prefix, each pointing at nearly every record: most of the download, for searches nobody makes.
 */
export function prefixesOf(forms: ReadonlySet<string>): string {
  const prefixes = new Set<string>();
  for (const form of forms) {
    if (/['-]/.test(form)) continue;
    const letters = [...form];
    for (let end = MIN_PREFIX; end < letters.length; end++) {
      prefixes.add(letters.slice(0, end).join(""));
    }
  }
  return [...prefixes].join(" ");
}

/** Typos are forgiven only in words of this many letters or more, so the typo field holds no others. */
export const TYPO_MIN_LENGTH = 5;

function longWords(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= TYPO_MIN_LENGTH))].join(" ");
}

/** One record as flexsearch indexes it. */
export interface IndexedDocument {
  [key: string]: string | number;
  id: number;
  title: string;
  who: string;
  words: string;
  prefixes: string;
  typo: string;
}

/**
 * What each indexed field holds. `words` is every word of the title and body in every form the
 * filters match (lib/text/match.ts), so a record holding all of a query's words can be told
 * apart from one that only starts some of them; the typo field repeats all of it loosely.
 */
export function indexedDocument(id: number, fields: SearchFields): IndexedDocument {
  const bodyForms = textForms(fields.body);
  return {
    id,
    title: withJoinedHyphens(fields.title),
    who: withJoinedHyphens(fields.who),
    words: [...new Set([...textForms(fields.title), ...bodyForms])].join(" "),
    prefixes: prefixesOf(bodyForms),
    typo: longWords(withJoinedHyphens(`${fields.title} ${fields.who} ${fields.body}`)),
  };
}

/**
 * The title, who and typo fields read text through the site's normaliser before flexsearch's
 * own steps, so quote marks, dashes and accents count as they do in the filters.
 */
const normalised = (charset: EncoderOptions): EncoderOptions => ({
  ...charset,
  normalize: normaliseText,
});

/**
 * The words and prefixes fields hold forms lib/text/match.ts has already normalised, one per
 * space, and queries bring its words: flexsearch takes them exactly as they are.
 */
const asGiven: EncoderOptions = { normalize: false, split: " ", numeric: false, dedupe: false };

/**
 * flexsearch Document options. Title and who: forward tokenizing (prefixes from the first
 * letter) with the Normalize encoder. Words and prefixes: whole forms, as given. The typo field:
 * whole words with the LatinExtra encoder, which maps near spellings together, queried only when
 * the main fields find nothing for a word.
 */
export function documentOptions({ Charset }: Flexsearch): DocumentOptions<IndexedDocument> {
  const main = {
    tokenize: "forward",
    encoder: normalised(Charset.Normalize),
    resolution: 1,
  } as const;
  const exact = { tokenize: "strict", encoder: asGiven, resolution: 1 } as const;
  return {
    document: {
      id: "id",
      index: [
        { field: "title", ...main, resolution: 9 },
        { field: "who", ...main },
        { field: "words", ...exact },
        { field: "prefixes", ...exact },
        {
          field: "typo",
          tokenize: "strict",
          encoder: normalised(Charset.LatinExtra),
          resolution: 1,
        },
      ],
    },
  };
}
