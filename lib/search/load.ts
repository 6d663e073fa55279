import type { Document } from "flexsearch";
import { createDocumentIndex } from "./build";
import {
  type Flexsearch,
  type IndexedDocument,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type SearchTextChunk,
  type StoredRecord,
  indexedFields,
  isAliasToken,
} from "./definition";
import { isSearchType } from "./search-types";
import { type Vocabulary, vocabularyOf } from "./terms";

/** An index ready to query: flexsearch's part and the records it points at by number. */
export interface LoadedSearchIndex {
  document: Document<IndexedDocument>;
  records: StoredRecord[];
  vocabulary: Vocabulary;
  /** The glossary entries records name, each as its names, each name as its words. */
  aliases: string[][][];
  /** The first record of each text chunk. */
  textChunks: number[];
  /** Each record's passages, once its text chunk is here (attachTextChunk). */
  passages: (string[] | undefined)[];
  /** Mean words in a record's indexed title and body, for ranking by length. */
  averages: { titleWords: number; bodyWords: number };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    isObject(value) &&
    typeof value.type === "string" &&
    isSearchType(value.type) &&
    typeof value.title === "string" &&
    typeof value.url === "string" &&
    value.url.startsWith("/") &&
    typeof value.context === "string" &&
    isCount(value.titleWords) &&
    isCount(value.bodyWords) &&
    isStringArray(value.elements) &&
    (value.speaker === undefined || typeof value.speaker === "string")
  );
}

/** Checks what came over the network before trusting it; a stale or broken file is refused. */
export function isSearchIndexFile(value: unknown): value is SearchIndexFile {
  return (
    isObject(value) &&
    value.version === SEARCH_INDEX_VERSION &&
    Array.isArray(value.records) &&
    value.records.every(isStoredRecord) &&
    Array.isArray(value.aliases) &&
    value.aliases.every(isStringArray) &&
    Array.isArray(value.textChunks) &&
    value.textChunks.length > 0 &&
    value.textChunks.every(isCount) &&
    isObject(value.index)
  );
}

export function isSearchTextChunk(value: unknown): value is SearchTextChunk {
  return (
    isObject(value) &&
    value.version === SEARCH_INDEX_VERSION &&
    isCount(value.first) &&
    Array.isArray(value.passages) &&
    value.passages.every(isStringArray)
  );
}

const MAP_KEY = new RegExp(`^(${indexedFields.join("|")})\\.\\d+\\.map$`);

/**
 * The vocabulary, read from flexsearch's export of each field's map: a list of
 * [word, [ids at each place]] (one place: resolution 1). Glossary tokens are left out.
 */
function readVocabulary(index: Record<string, unknown>): Vocabulary {
  const counts = new Map<string, number>();
  const fields = new Map<string, number>();
  for (const [key, data] of Object.entries(index)) {
    const field = MAP_KEY.exec(key)?.[1];
    if (!field || !Array.isArray(data)) continue;
    const bit = 1 << indexedFields.indexOf(field as (typeof indexedFields)[number]);
    for (const entry of data as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== "string") continue;
      const word = entry[0];
      fields.set(word, (fields.get(word) ?? 0) | bit);
      if (isAliasToken(word)) continue;
      const places: unknown = entry[1];
      const count = Array.isArray(places)
        ? places.reduce(
            (sum: number, ids: unknown) => sum + (Array.isArray(ids) ? ids.length : 0),
            0,
          )
        : 0;
      counts.set(word, Math.max(count, counts.get(word) ?? 0));
    }
  }
  return vocabularyOf(counts, fields);
}

const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Rebuilds the index from its export, with the same options it was built with. Text chunks
 * given here are attached at once; others can follow (attachTextChunk).
 */
export function loadSearchIndex(
  flex: Flexsearch,
  file: SearchIndexFile,
  chunks: readonly SearchTextChunk[] = [],
): LoadedSearchIndex {
  const document = createDocumentIndex(flex);
  for (const [key, data] of Object.entries(file.index)) document.import(key, JSON.stringify(data));
  const loaded: LoadedSearchIndex = {
    document,
    records: file.records,
    vocabulary: readVocabulary(file.index),
    aliases: file.aliases.map((names) => names.map((name) => name.split(" "))),
    textChunks: file.textChunks,
    passages: [],
    averages: {
      titleWords: mean(file.records.map((r) => r.titleWords)),
      bodyWords: mean(file.records.map((r) => r.bodyWords)),
    },
  };
  for (const chunk of chunks) attachTextChunk(loaded, chunk);
  return loaded;
}

/** Keeps a chunk's passages with the index, for snippets and phrases. */
export function attachTextChunk(index: LoadedSearchIndex, chunk: SearchTextChunk): void {
  chunk.passages.forEach((passages, offset) => {
    if (chunk.first + offset < index.records.length)
      index.passages[chunk.first + offset] = passages;
  });
}

/** The number of the text chunk that holds a record. */
export function chunkOf(index: LoadedSearchIndex, id: number): number {
  let low = 0;
  let high = index.textChunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((index.textChunks[middle] ?? 0) <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The text chunks still to fetch before these records' text can be shown, in order. */
export function missingChunks(index: LoadedSearchIndex, ids: Iterable<number>): number[] {
  const missing = new Set<number>();
  for (const id of ids) {
    if (index.passages[id] === undefined) missing.add(chunkOf(index, id));
  }
  return [...missing].sort((a, b) => a - b);
}
