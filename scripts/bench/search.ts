/**
 * The search benchmark: builds the index over the real content and over a deterministic
 * synthetic corpus (1,000 report-like documents, about 500k words, speakers and elements as
 * facets), then measures build time, download size, load time, query times and recall.
 */
import * as flexsearch from "flexsearch";
import { gzipSync } from "node:zlib";
import { readContentBundle } from "../../lib/content/bundle";
import { createContentApi } from "../../lib/content/content-api";
import { listSitePages } from "../../lib/site-model/model";
import { buildSearchIndexFile } from "../../lib/search/build";
import type { SearchRecord } from "../../lib/search/definition";
import { loadSearchIndex } from "../../lib/search/load";
import { type SearchFilters, search } from "../../lib/search/query";
import { buildSearchRecords } from "../../lib/search/records";
import { median } from "../lib/median";
import { type Align, formatTable } from "../lib/table";
import { random, vocabulary, wordPicker } from "../synthetic/text";

interface BenchQuery {
  kind: "exact" | "prefix" | "typo" | "filtered";
  query: string;
  filters?: SearchFilters;
  /** A url that must be among the first 10 results. */
  expect: string;
}

export interface SearchBenchResult {
  corpus: string;
  docs: number;
  buildMs: number;
  indexBytes: number;
  indexBytesGz: number;
  loadMs: number;
  queryP50Ms: number;
  queryP95Ms: number;
  recall: Record<BenchQuery["kind"], number>;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  0;

/** 1,000 documents of about 500 words from a vocabulary of ~4,000 words, Zipf-like. */
export function syntheticRecords(count = 1000, wordsPerDoc = 500): SearchRecord[] {
  const next = random(42);
  const words = vocabulary(next);
  const pick = wordPicker(words, next);
  const speakers = Array.from({ length: 40 }, (_, i) => `speaker-${i}`);
  const elements = Array.from({ length: 8 }, (_, i) => `element-${i}`);
  return Array.from({ length: count }, (_, i) => {
    const title = `${words[(i * 7) % words.length]} ${pick()} ${pick()} report ${i}`;
    const body = Array.from({ length: wordsPerDoc }, pick).join(" ");
    const isQuote = i % 4 === 0;
    const speaker = speakers[i % speakers.length] ?? "";
    return {
      type: isQuote ? "quote" : i % 4 === 1 ? "section" : "finding",
      label: title,
      title,
      who: isQuote ? `Speaker ${speaker}, Director` : "",
      body,
      url: `/doc/${i}`,
      context: "",
      elements: [elements[i % elements.length] ?? ""],
      ...(isQuote ? { speaker } : {}),
    };
  });
}

/** A fixed query set: each query names a document it must find among the first 10. */
function querySet(records: readonly SearchRecord[]): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(records.length / 25));
  for (let i = 0; i < records.length; i += step) {
    const record = records[i];
    if (!record) continue;
    const words = record.title.match(/\p{L}{6,}/gu) ?? [];
    const word = words[0];
    if (!word) continue;
    const rest = record.title.split(" ").slice(-1)[0] ?? "";
    queries.push({ kind: "exact", query: `${word} ${rest}`, expect: record.url });
    queries.push({ kind: "prefix", query: `${word.slice(0, 4)} ${rest}`, expect: record.url });
    const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
    queries.push({ kind: "typo", query: `${typo} ${rest}`, expect: record.url });
    const filters: SearchFilters = record.speaker
      ? { speaker: record.speaker }
      : { element: record.elements[0] ?? "" };
    queries.push({ kind: "filtered", query: word, filters, expect: record.url });
  }
  return queries;
}

function realQueries(): BenchQuery[] {
  return [
    { kind: "exact", query: "workforce", expect: "/elements/workforce" },
    { kind: "exact", query: "Claire Burns", expect: "/speakers/claire-burns" },
    { kind: "prefix", query: "relat", expect: "/elements/relationships" },
    { kind: "prefix", query: "pover", expect: "/elements/tackling-poverty" },
    { kind: "typo", query: "workfroce", expect: "/elements/workforce" },
    { kind: "typo", query: "relationsihps", expect: "/elements/relationships" },
    { kind: "exact", query: "stigmatísing", expect: "/elements/local-services#report-wording" },
    {
      kind: "filtered",
      query: "children",
      filters: { speaker: "heather-ottaway" },
      expect: "/quotes/ottaway-what-decision-makers-need",
    },
  ];
}

export function benchSearch(corpus: string, records: SearchRecord[], queries?: BenchQuery[]) {
  const runs = 3;
  const builds: number[] = [];
  let json = "";
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    json = JSON.stringify(buildSearchIndexFile(flexsearch, records));
    builds.push(performance.now() - started);
  }
  const loads: number[] = [];
  let index = loadSearchIndex(flexsearch, JSON.parse(json));
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    index = loadSearchIndex(flexsearch, JSON.parse(json));
    loads.push(performance.now() - started);
  }
  const set = queries ?? querySet(records);
  const times: number[] = [];
  const found: Record<string, { hit: number; total: number }> = {};
  // Round 0 warms the engine up (first calls compile and fill caches) and is not timed; it is the
  // one that counts recall. Rounds 1 to 5 are timed.
  for (let round = 0; round <= 5; round++) {
    for (const q of set) {
      const started = performance.now();
      const hits = search(index, q.query, q.filters, 10);
      if (round > 0) times.push(performance.now() - started);
      if (round > 0) continue;
      const tally = (found[q.kind] ??= { hit: 0, total: 0 });
      tally.total++;
      if (hits.some((h) => h.record.url === q.expect)) tally.hit++;
    }
  }
  const recall = Object.fromEntries(
    Object.entries(found).map(([kind, { hit, total }]) => [kind, hit / total]),
  ) as SearchBenchResult["recall"];
  const result: SearchBenchResult = {
    corpus,
    docs: records.length,
    buildMs: median(builds),
    indexBytes: Buffer.byteLength(json),
    indexBytesGz: gzipSync(json).length,
    loadMs: median(loads),
    queryP50Ms: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    recall,
  };
  return result;
}

export function runSearchBench(): SearchBenchResult[] {
  const bundle = readContentBundle();
  const real = buildSearchRecords(createContentApi(bundle), listSitePages(bundle));
  return [
    benchSearch("real content", real, realQueries()),
    benchSearch("synthetic", syntheticRecords()),
  ];
}

export function printSearchTable(results: readonly SearchBenchResult[]): void {
  console.log("\nSearch index (medians of 3 builds and loads; queries over 5 rounds):");
  const head = [
    "corpus",
    "docs",
    "build ms",
    "raw KB",
    "gzip KB",
    "load ms",
    "p50 ms",
    "p95 ms",
    "recall exact/prefix/typo/filtered",
  ];
  const body = results.map((r) => [
    r.corpus,
    String(r.docs),
    r.buildMs.toFixed(0),
    (r.indexBytes / 1024).toFixed(1),
    (r.indexBytesGz / 1024).toFixed(1),
    r.loadMs.toFixed(1),
    r.queryP50Ms.toFixed(3),
    r.queryP95Ms.toFixed(3),
    (["exact", "prefix", "typo", "filtered"] as const)
      .map((kind) => (r.recall[kind] ?? 0).toFixed(2))
      .join("/"),
  ]);
  // The recall figures read best under their heading's words.
  const align = head.map((_, i): Align => (i === 0 || i === head.length - 1 ? "left" : "right"));
  console.log(formatTable(head, body, align));
}
