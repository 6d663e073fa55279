import type { Document } from "flexsearch";
import { createDocumentIndex } from "./build";
import {
  type Flexsearch,
  type IndexedDocument,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type StoredRecord,
  isSearchType,
} from "./definition";

/** An index ready to query: flexsearch's part and the records it points at by number. */
export interface LoadedSearchIndex {
  document: Document<IndexedDocument>;
  records: StoredRecord[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    isObject(value) &&
    typeof value.type === "string" &&
    isSearchType(value.type) &&
    typeof value.title === "string" &&
    typeof value.url === "string" &&
    value.url.startsWith("/") &&
    typeof value.context === "string" &&
    typeof value.text === "string" &&
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
    isObject(value.index)
  );
}

/** Rebuilds the index from its export, with the same options it was built with. */
export function loadSearchIndex(flex: Flexsearch, file: SearchIndexFile): LoadedSearchIndex {
  const document = createDocumentIndex(flex);
  for (const [key, data] of Object.entries(file.index)) document.import(key, JSON.stringify(data));
  return { document, records: file.records };
}
