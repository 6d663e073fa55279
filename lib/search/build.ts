import type { Document } from "flexsearch";
import {
  type Flexsearch,
  type IndexedDocument,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type SearchRecord,
  STORED_TEXT_CHARS,
  type StoredRecord,
  documentOptions,
  indexedDocument,
} from "./definition";

/** A new, empty index with the shared options. */
export function createDocumentIndex(flex: Flexsearch): Document<IndexedDocument> {
  return new flex.Document<IndexedDocument>(documentOptions(flex));
}

/** Cut at a word boundary, so snippets never end inside a word. */
function capText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function storedRecord(record: SearchRecord): StoredRecord {
  return {
    type: record.type,
    title: record.label,
    url: record.url,
    context: record.context,
    text: capText(record.body, STORED_TEXT_CHARS),
    elements: record.elements,
    ...(record.speaker ? { speaker: record.speaker } : {}),
  };
}

/** Indexes the records and exports everything the browser needs as one JSON-ready object. */
export function buildSearchIndexFile(flex: Flexsearch, records: readonly SearchRecord[]) {
  const index = createDocumentIndex(flex);
  records.forEach((record, id) => index.add(indexedDocument(id, record)));
  const exported: Record<string, unknown> = {};
  // Synchronous in flexsearch 0.8 when the callback is.
  index.export((key, data) => {
    exported[key] = JSON.parse(data);
  });
  const file: SearchIndexFile = {
    version: SEARCH_INDEX_VERSION,
    records: records.map(storedRecord),
    index: exported,
  };
  return file;
}
