import type { Document } from "flexsearch";
import { wordsOf } from "@/lib/text/match";
import {
  type Flexsearch,
  type IndexedDocument,
  SEARCH_INDEX_VERSION,
  type SearchAlias,
  type SearchIndexFile,
  type SearchRecord,
  type SearchTextChunk,
  type StoredRecord,
  TEXT_CHUNK_CHARS,
  aliasMentions,
  aliasNames,
  documentOptions,
  indexedDocument,
  mentionsAlias,
} from "./definition";

/** A new, empty index with the shared options. */
export function createDocumentIndex(flex: Flexsearch): Document<IndexedDocument> {
  return new flex.Document<IndexedDocument>(documentOptions());
}

/**
 * What a result shows of a record: each passage of its body (a paragraph, a summary, a quote)
 * on its own, so a snippet never runs two of them together; then the words it is also found
 * by, if any.
 */
export function recordPassages(record: SearchRecord): string[] {
  const passages = record.body
    .split("\n")
    .map((passage) => passage.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return record.keywords ? [...passages, record.keywords] : passages;
}

function storedRecord(record: SearchRecord): StoredRecord {
  return {
    type: record.type,
    title: record.label,
    url: record.url,
    context: record.context,
    titleWords: wordsOf(record.title).length,
    bodyWords: wordsOf(record.body).length,
    elements: record.elements,
    ...(record.speaker ? { speaker: record.speaker } : {}),
  };
}

/**
 * The first record of each text chunk: records in order, a new chunk when the next would take
 * the chunk past TEXT_CHUNK_CHARS. The index and the chunks are cut by this one function.
 */
export function textChunkStarts(records: readonly SearchRecord[]): number[] {
  const starts: number[] = [];
  let size = Infinity;
  records.forEach((record, id) => {
    const chars = recordPassages(record).reduce((sum, passage) => sum + passage.length, 0);
    if (size + chars > TEXT_CHUNK_CHARS) {
      starts.push(id);
      size = 0;
    }
    size += chars;
  });
  return starts.length > 0 ? starts : [0];
}

/** The text chunks, in order: chunk n holds the passages of the records it starts with. */
export function buildSearchTextChunks(records: readonly SearchRecord[]): SearchTextChunk[] {
  const starts = textChunkStarts(records);
  return starts.map((first, n) => ({
    version: SEARCH_INDEX_VERSION,
    first,
    passages: records.slice(first, starts[n + 1] ?? records.length).map(recordPassages),
  }));
}

/** The glossary entries some record names, each once, numbered in order of first mention. */
function collectAliases(records: readonly SearchRecord[]) {
  const ids = new Map<string, number>();
  const names: string[][] = [];
  const idOf = (alias: SearchAlias) => {
    const key = aliasNames(alias).join("|");
    let id = ids.get(key);
    if (id === undefined) {
      id = names.length;
      ids.set(key, id);
      names.push(aliasNames(alias));
    }
    return id;
  };
  const perRecord = records.map((record) => {
    const text = [record.title, record.body, record.keywords ?? ""].join("\n");
    return (record.aliases ?? []).map((alias) => ({
      id: idOf(alias),
      inTitle: mentionsAlias(record.title, alias),
      defines: aliasMentions(text, alias) > 1,
    }));
  });
  return { names, perRecord };
}

/** Indexes the records and exports everything the browser needs to search as one object. */
export function buildSearchIndexFile(flex: Flexsearch, records: readonly SearchRecord[]) {
  const index = createDocumentIndex(flex);
  const aliases = collectAliases(records);
  records.forEach((record, id) =>
    index.add(indexedDocument(id, record, aliases.perRecord[id] ?? [])),
  );
  const exported: Record<string, unknown> = {};
  // Synchronous in flexsearch 0.8 when the callback is.
  index.export((key, data) => {
    exported[key] = JSON.parse(data);
  });
  const file: SearchIndexFile = {
    version: SEARCH_INDEX_VERSION,
    records: records.map(storedRecord),
    aliases: aliases.names,
    textChunks: textChunkStarts(records),
    index: exported,
  };
  return file;
}
