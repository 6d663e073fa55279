import * as flexsearch from "flexsearch";
import * as flexsearchCompact from "flexsearch-compact";
import { describe, expect, it } from "vitest";
import { readContentBundle } from "@/lib/content/bundle";
import { createContentApi } from "@/lib/content/content-api";
import { listSitePages } from "@/lib/site-model/model";
import {
  buildSearchIndexFile,
  buildSearchTextChunks,
  recordPassages,
  textChunkStarts,
} from "@/lib/search/build";
import { type SearchRecord, TEXT_CHUNK_CHARS } from "@/lib/search/definition";
import { exactQuery } from "@/lib/search/outcome";
import { resultKicker } from "@/lib/search/search-types";
import {
  type LoadedSearchIndex,
  attachTextChunk,
  isSearchIndexFile,
  isSearchTextChunk,
  loadSearchIndex,
  missingChunks,
} from "@/lib/search/load";
import { type SearchFilters, runSearch, search } from "@/lib/search/query";
import { buildSearchRecords, quoteTitle } from "@/lib/search/records";
import { describeHit, markTerms, snippet } from "@/lib/search/snippet";
import { editDistance, typoTolerance, withinOneEdit } from "@/lib/search/terms";
import { filterQuotes } from "@/lib/browse/quote-filter";
import { routes } from "@/lib/content/routes";
import {
  MAX_QUERY_LENGTH,
  STOP_WORDS,
  cleanQuery,
  normaliseText,
  rawWords,
  textForms,
} from "@/lib/text/match";

const bundle = readContentBundle();
const api = createContentApi(bundle);
const records = buildSearchRecords(api, listSitePages(bundle));
// Through JSON, as the browser receives it: the round trip is part of every test below.
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const file = roundTrip(buildSearchIndexFile(flexsearch, records));
if (!isSearchIndexFile(file)) throw new Error("the built index does not pass its own check");
const chunks = buildSearchTextChunks(records).map(roundTrip);
if (!chunks.every(isSearchTextChunk)) throw new Error("a text chunk does not pass its own check");
const index = loadSearchIndex(flexsearch, file, chunks);
const urls = (query: string, filters: SearchFilters = {}) =>
  search(index, query, filters).map((h) => h.record.url);
const marked = (parts: readonly { text: string; mark: boolean }[]) =>
  parts.filter((p) => p.mark).map((p) => p.text);

/** A small index of made-up records, for rules best shown on text chosen for them. */
function tinyIndex(
  entries: (Partial<SearchRecord> & { url: string; body: string })[],
  withText = true,
): LoadedSearchIndex {
  const made: SearchRecord[] = entries.map((entry) => ({
    type: "finding",
    label: entry.title ?? entry.url,
    title: "",
    who: "",
    context: "",
    elements: [],
    ...entry,
  }));
  const built = roundTrip(buildSearchIndexFile(flexsearch, made));
  if (!isSearchIndexFile(built)) throw new Error("the tiny index does not pass its own check");
  return loadSearchIndex(flexsearch, built, withText ? buildSearchTextChunks(made) : []);
}

describe("search records", () => {
  it("has one record per element, quote, finding, speaker and source, and a section per heading", () => {
    const count = (type: string) => records.filter((r) => r.type === type).length;
    expect(count("element")).toBe(api.getElements().length);
    expect(count("quote")).toBe(api.getQuoteViews().length);
    expect(count("finding")).toBe(api.getFindings().length);
    expect(count("speaker")).toBe(api.getSpeakers().length);
    expect(count("source")).toBe(api.getSources().length);
    const workforce = api.getElement("workforce");
    for (const heading of workforce?.body.headings ?? []) {
      expect(records.map((r) => r.url)).toContain(`/elements/workforce#${heading.id}`);
    }
  });

  it("gives each section its page's name, and the sections a template adds their own records", () => {
    const section = records.find((r) => r.url === "/elements/workforce#what-the-sources-say");
    expect(section?.label).toBe("A skilled, supported workforce: What the sources say");
    const about = listSitePages(bundle).find((page) => page.path === routes.about());
    for (const anchor of ["timeline", "cite"]) {
      expect(about?.anchors?.has(anchor)).toBe(true);
      expect(records.map((r) => r.url)).toContain(`${routes.about()}#${anchor}`);
    }
  });

  it("titles a quote with its own opening words and names who said it", () => {
    const quote = api.getQuoteViews().find((q) => q.text.length > 120);
    const record = records.find((r) => r.type === "quote" && r.body === quote?.text);
    expect(record?.url).toBe(`/quotes/${quote?.id}`);
    const opening = record?.label.replace(/^“|…”$/g, "") ?? "";
    expect(opening.length).toBeGreaterThan(20);
    expect(quote?.text.startsWith(opening)).toBe(true);
    expect(record?.label.endsWith("…”")).toBe(true);
    expect(record?.context).toBe(
      `${quote?.speaker.name}, ${quote?.speaker.role}, ${quote?.speaker.organisation}`,
    );
    expect(quoteTitle("Change is possible and is happening.")).toBe(
      "“Change is possible and is happening.”",
    );
  });

  it("finds a page by the words people use for what it offers", () => {
    for (const query of ["csv", "download", "json"]) {
      const first = urls(query).slice(0, 3);
      expect(
        first.some((url) => [routes.quotes(), routes.data()].includes(url)),
        query,
      ).toBe(true);
    }
    expect(urls("accessibility")[0]).toBe(routes.accessibility());
    expect(urls("corrections")[0]).toBe(routes.changes());
  });
});

describe("the download", () => {
  it("keeps the text apart from the index, in chunks that cover every record once", () => {
    expect(JSON.stringify(file)).not.toContain(records[0]?.body.slice(0, 60));
    const starts = textChunkStarts(records);
    expect(starts[0]).toBe(0);
    const covered = chunks.flatMap((chunk) => chunk.passages);
    expect(covered).toEqual(records.map(recordPassages));
    for (const chunk of chunks) {
      const chars = chunk.passages.flat().join("").length;
      expect(chunk.passages.length === 1 || chars <= TEXT_CHUNK_CHARS).toBe(true);
    }
  });

  it("cuts a large corpus into several chunks, and says which a result needs", () => {
    const many: SearchRecord[] = Array.from({ length: 40 }, (_, i) => ({
      type: "finding",
      label: `Record ${i}`,
      title: `Record ${i}`,
      who: "",
      body: `${"word ".repeat(1000)}number${i}`,
      url: `/r/${i}`,
      context: "",
      elements: [],
    }));
    const starts = textChunkStarts(many);
    expect(starts.length).toBeGreaterThan(2);
    const built = roundTrip(buildSearchIndexFile(flexsearch, many));
    if (!isSearchIndexFile(built)) throw new Error("unexpected");
    const loaded = loadSearchIndex(flexsearch, built);
    const last = many.length - 1;
    expect(missingChunks(loaded, [0, last])).toEqual([0, starts.length - 1]);
    const chunk = buildSearchTextChunks(many).at(-1);
    if (!chunk) throw new Error("no chunk");
    attachTextChunk(loaded, chunk);
    expect(missingChunks(loaded, [last])).toEqual([]);
    expect(runSearch(loaded, `number${last}`).wantsText).toContain(last);
  });

  it("reads the index's vocabulary from its own export: every form of every word indexed", () => {
    for (const record of records.slice(0, 20)) {
      for (const form of textForms(`${record.title} ${record.body} ${record.who}`)) {
        expect(index.vocabulary.counts.has(form), form).toBe(true);
      }
    }
    expect([...index.vocabulary.sorted].sort()).toEqual(index.vocabulary.sorted);
  });

  it("refuses a file or chunk of another version", () => {
    expect(isSearchIndexFile({ ...(file as object), version: 0 })).toBe(false);
    expect(isSearchTextChunk({ ...(chunks[0] as object), version: 0 })).toBe(false);
  });
});

describe("matching", () => {
  it("ignores case", () => {
    expect(urls("WORKFORCE")).toEqual(urls("workforce"));
    expect(urls("WORKFORCE")).toContain("/elements/workforce");
  });
  it("finds the word being typed by its start, and a word it does not hold whole", () => {
    expect(urls("relat")[0]).toBe("/elements/relationships");
    expect(urls("workforce relat")).toContain("/elements/workforce#why-it-matters");
  });
  it("folds accents", () => {
    // The word is in the news release's wording, a record of its own on the element's page.
    expect(urls("stigmatísing")).toContain("/elements/local-services#report-wording");
  });
  it("finds hyphenated words whole and by their parts", () => {
    expect(urls("long-term")[0]).toBe("/elements/local-services");
    expect(urls("longterm")[0]).toBe("/elements/local-services");
    expect(urls("term")).toContain("/elements/local-services");
    expect(urls("makers")).toContain("/findings/what-decision-makers-need-to-act-on");
  });
  it("finds a number however its thousands are written", () => {
    expect(urls("1,400")).toEqual(urls("1400"));
    expect(urls("1400").slice(0, 3)).toContain("/findings/strand-4-workforce-views");
  });
  it("finds nothing for words that are not there", () => {
    expect(urls("zzqxv")).toEqual([]);
  });
  it("treats HTML, regex characters, emoji and very long input as text", () => {
    for (const query of ["<script>alert(1)</script>", ".*(", "😀", "a".repeat(10_000), '"""']) {
      expect(() => search(index, query)).not.toThrow();
    }
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("query understanding", () => {
  it("drops words that carry no meaning, and never marks them", () => {
    const outcome = runSearch(index, "what does this mean for young people");
    expect(outcome.words).toEqual(["young", "people"]);
    expect(outcome.dropped).toEqual(expect.arrayContaining(["what", "does", "this", "for"]));
    for (const hit of outcome.hits) {
      const view = describeHit(hit, index.passages[hit.id]);
      const marks = marked([...view.title, ...(view.snippet ?? [])]).map(normaliseText);
      expect(marks.filter((word) => STOP_WORDS.has(word))).toEqual([]);
    }
  });
  it("keeps them when the query has nothing else", () => {
    const outcome = runSearch(index, "what is this");
    expect(outcome.words).toEqual(["what", "is", "this"]);
    expect(outcome.dropped).toEqual([]);
    expect(outcome.total).toBeGreaterThan(0);
    expect(search(index, '"if, and only if"')[0]?.record.url).toBe(
      "/quotes/ottaway-if-and-only-if",
    );
  });
  it("ranks a record holding a quoted phrase above one holding its words apart", () => {
    const entries = [
      { url: "/apart", body: "The partner was equal to it." },
      { url: "/phrase", body: "An equal partner in everything, and a long text besides it." },
    ];
    const tiny = tinyIndex(entries);
    expect(search(tiny, "partner equal").map((h) => h.record.url)[0]).toBe("/apart");
    expect(search(tiny, '"equal partner"').map((h) => h.record.url)[0]).toBe("/phrase");
    // Until the text is here, a phrase cannot be checked, so it reorders nothing.
    const untold = tinyIndex(entries, false);
    expect(search(untold, '"equal partner"').map((h) => h.record.url)[0]).toBe("/apart");
  });
  it("puts a speaker's quotes first when the query names them", () => {
    const hits = search(index, "Claire Burns poverty").slice(0, 2);
    expect(hits.map((h) => h.record.type)).toEqual(["quote", "quote"]);
    expect(hits.every((h) => h.record.speaker === "claire-burns")).toBe(true);
  });
  it("reads a word naming a kind of result as that kind", () => {
    expect(search(index, "quotes about housing")[0]?.record.type).toBe("quote");
  });
});

describe("ranking", () => {
  it("puts a title match before a body match", () => {
    const hits = search(index, "relationships");
    expect(hits[0]?.record.title).toMatch(/relationships/i);
    const bodyOnly = hits.findIndex((h) => !/relationships/i.test(h.record.title));
    expect(bodyOnly).toBeGreaterThan(0);
  });
  it("puts an element before its own sections", () => {
    const found = urls("workforce");
    const sectionAt = found.findIndex((url) => url.startsWith("/elements/workforce#"));
    expect(found.indexOf("/elements/workforce")).toBeLessThan(sectionAt);
  });
  it("brings up a speaker and then their quotes for the speaker's name", () => {
    const hits = search(index, "Claire Burns");
    expect(hits[0]?.record.url).toBe("/speakers/claire-burns");
    const quotes = api.getQuoteViews({ speaker: "claire-burns" }).length;
    expect(hits.slice(1, 1 + quotes).every((h) => h.record.speaker === "claire-burns")).toBe(true);
  });
  it("puts results holding every word above those holding some, and counts them", () => {
    const outcome = runSearch(index, "mental health", {}, 100);
    expect(outcome.complete).toBeGreaterThan(0);
    expect(outcome.complete).toBeLessThan(outcome.total);
    const every = outcome.hits.map((h) => h.missing.length === 0);
    expect(every.slice(0, outcome.complete).every(Boolean)).toBe(true);
    expect(every.slice(outcome.complete).some(Boolean)).toBe(false);
    expect(outcome.hits.at(-1)?.missing).toEqual(["mental"]);
  });
  it("says so when nothing holds every word, and shows what holds some", () => {
    const outcome = runSearch(index, "poverty zzqxv");
    expect(outcome.complete).toBe(0);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.hits[0]?.missing).toEqual(["zzqxv"]);
  });
});

describe("typos and other names", () => {
  it("tolerates one typo up to six letters and two beyond, none under four", () => {
    expect([typoTolerance("fro"), typoTolerance("form"), typoTolerance("povety")]).toEqual([
      0, 1, 1,
    ]);
    expect(typoTolerance("workfroce")).toBe(2);
    expect(editDistance("workfroce", "workforce", 2)).toBe(1);
    expect(editDistance("wrkfroce", "workforce", 2)).toBe(2);
    expect(withinOneEdit("wrkfroce", "workforce")).toBe(false);
  });
  it("searches for the nearest word the index holds, and says so", () => {
    const outcome = runSearch(index, "povety");
    expect(outcome.corrections).toEqual([{ from: "povety", to: "poverty" }]);
    expect(outcome.hits[0]?.record.url).toBe("/elements/tackling-poverty");
    expect(urls("workfroce")).toContain("/elements/workforce");
    // Two typos in a long word: one letter left out, two swapped.
    expect(urls("relatinsihps")[0]).toBe("/elements/relationships");
    // Two typos in a word of five letters is too many.
    expect(runSearch(index, "pverti").corrections).toEqual([]);
  });
  it("takes words in quotation marks as typed: the way back from a correction", () => {
    const back = exactQuery("child povety", [{ from: "povety", to: "poverty" }]);
    expect(back).toBe('child "povety"');
    const outcome = runSearch(index, back);
    expect(outcome.corrections).toEqual([]);
    expect(outcome.complete).toBe(0);
  });
  it("offers the nearest spelling, unapplied, when the corrected words are not found together", () => {
    const outcome = runSearch(index, "povety zzqxv");
    expect(outcome.corrections).toEqual([]);
    expect(outcome.total).toBe(0);
    expect(outcome.suggestions).toEqual([{ from: "povety", to: "poverty" }]);
  });
  it("finds a glossary entry by any of its names (content/glossary)", () => {
    const entry = api.getGlossary().find((e) => e.otherNames.includes("UNCRC"));
    expect(entry).toBeDefined();
    const byAcronym = urls("UNCRC");
    expect(byAcronym).toContain("/elements/rights-and-participation#why-it-matters");
    expect(byAcronym).toContain("/about#childrens-rights-in-law");
    expect(urls("voluntary sector").slice(0, 3)).toEqual(
      expect.arrayContaining(["/findings/renew-partnership-with-third-sector"]),
    );
    expect(urls("NCS")).toContain("/about#the-national-care-service");
    // The other name is marked where it stands, not the acronym's absent letters.
    const hit = search(index, "UNCRC").find((h) => h.record.url.endsWith("#why-it-matters"));
    if (!hit) throw new Error("no hit");
    const view = describeHit(hit, index.passages[hit.id]);
    expect(marked(view.snippet ?? [])).toEqual(["UN", "Convention", "Rights", "Child"]);
  });
});

describe("results that say what they are", () => {
  it("says a result's type and where it belongs, without saying the type twice", () => {
    expect(resultKicker("finding", "Finding")).toBe("Finding");
    expect(resultKicker("page", "Page")).toBe("Page");
    expect(resultKicker("element", "Key element 7")).toBe("Key element 7");
    expect(resultKicker("section", "Tackling poverty")).toBe("Section · Tackling poverty");
    expect(resultKicker("section", "")).toBe("Section");
  });
  it("shows a quote with its speaker under its opening words", () => {
    const hit = search(index, "working extremely hard", { type: "quote" })[0];
    if (!hit) throw new Error("no hit");
    const view = describeHit(hit, index.passages[hit.id]);
    expect(view.kicker).toBe("Quote");
    expect(view.byline).toBe("Claire Burns, Director, CELCIS");
    expect(marked(view.snippet ?? [])).toEqual(["working", "extremely", "hard"]);
  });
  it("takes a snippet from one passage, never two run together", () => {
    for (const query of ["effective", "poverty families", "workforce", "young people"]) {
      for (const hit of search(index, query)) {
        const passages = index.passages[hit.id] ?? [];
        const text = (describeHit(hit, passages).snippet ?? [])
          .map((p) => p.text)
          .join("")
          .replace(/^…|…$/g, "");
        if (text)
          expect(
            passages.some((p) => p.includes(text)),
            `${query}: ${text}`,
          ).toBe(true);
      }
    }
  });
  it("centres a snippet on the matches and marks only the matching words", () => {
    const text = `${"Filler words come first. ".repeat(20)}Tackling poverty matters. ${"More.".repeat(40)}`;
    const parts = snippet([text], { terms: ["poverty"] });
    expect(parts[0]?.text).toBe("…");
    expect(marked(parts)).toEqual(["poverty"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(200);
  });
  it("marks every word with a form asked for, keeping the text as it was", () => {
    const parts = markTerms("Scotland’s children. <b>Scotland</b>", ["scotland"]);
    expect(marked(parts)).toEqual(["Scotland’s", "Scotland"]);
    expect(parts.map((p) => p.text).join("")).toContain("<b>");
  });
});

describe("the browser's compact build of flexsearch", () => {
  const compact = loadSearchIndex(flexsearchCompact, file, chunks);
  // Every word of every title and speaker, its first four letters, and the word with two
  // letters swapped (a typo), so prefixes, whole words and typos are all exercised.
  const words = [
    ...new Set(
      records.flatMap((r) => `${r.title} ${r.who}`.toLowerCase().match(/[a-z]{3,}/g) ?? []),
    ),
  ];
  const queries = words.flatMap((w) => [
    w,
    w.slice(0, 4),
    w.slice(0, 2) + w[3] + w[2] + w.slice(4),
  ]);

  it("finds exactly what the full build finds, in the same order", () => {
    expect(queries.length).toBeGreaterThan(200);
    const differ = queries.filter(
      (q) =>
        JSON.stringify(urls(q)) !== JSON.stringify(search(compact, q).map((h) => h.record.url)),
    );
    expect(differ).toEqual([]);
    expect(search(compact, "workfroce").map((h) => h.record.url)).toContain("/elements/workforce");
  });
});

describe("the quote filter and search answer alike", () => {
  const quotes = api.getQuoteViews();
  const compact = loadSearchIndex(flexsearchCompact, file, chunks);
  // Every distinct word of the quotes as written (curly apostrophes and all) and as typed
  // (straight, lower case); every pair of neighbouring words; and phrases people search for.
  const written = quotes.flatMap((q) => [...rawWords(q.text)].map((w) => w.text));
  const pairs = quotes.flatMap((q) => {
    const words = [...rawWords(q.text)].map((w) => w.text);
    return words.slice(1).map((word, i) => `${words[i]} ${word}`);
  });
  const phrases = [
    "Scotland's children",
    "Scotland’s",
    "third sector",
    "third-sector",
    "child poverty",
    "working extremely hard",
    "the",
    "it's",
    "long-term",
    "what does this mean for young people",
  ];
  const queries = [...new Set([...written, ...written.map(normaliseText), ...pairs, ...phrases])];
  const shownOn = (q: string) => filterQuotes(quotes, { q }).map((quote) => routes.quote(quote.id));

  it("tests enough queries, and each word of a quote finds that quote", () => {
    expect(queries.length).toBeGreaterThan(500);
    for (const quote of quotes) {
      for (const word of rawWords(quote.text)) {
        expect(shownOn(word.text)).toContain(routes.quote(quote.id));
      }
    }
  });

  it("shows on /quotes exactly the quotes holding the word, for plain words", () => {
    // An independent reading: the word between non-letters, not straight after an apostrophe,
    // in the text as it is or with the apostrophes and hyphens inside words taken out.
    const folded = quotes.map((q) => {
      const text = normaliseText(q.text);
      return `${text} / ${text.replace(/(?<=[a-z0-9])['-](?=[a-z0-9])/g, "")}`;
    });
    const plain = [...new Set(written.map(normaliseText))].filter((w) => /^[a-z0-9]+$/.test(w));
    expect(plain.length).toBeGreaterThan(100);
    const differ = plain.filter((word) => {
      const pattern = new RegExp(`(?<![a-z0-9'])${word}(?![a-z0-9])`);
      const expected = quotes.filter((_, i) => pattern.test(folded[i] ?? ""));
      return shownOn(word).join() !== expected.map((q) => routes.quote(q.id)).join();
    });
    expect(differ).toEqual([]);
  });

  for (const [name, idx] of [
    ["flexsearch", index],
    ["its compact build, as the browser loads it", compact],
  ] as const) {
    it(`puts /quotes?q=X's quotes first in /search?type=quote&q=X (${name})`, () => {
      const differ = queries.flatMap((q) => {
        const shown = shownOn(q);
        const hits = search(idx, q, { type: "quote" }, quotes.length).map((h) => h.record.url);
        const leading = hits.slice(0, shown.length);
        return [...leading].sort().join() === [...shown].sort().join()
          ? []
          : [{ q, shown, leading }];
      });
      expect(differ).toEqual([]);
    });
  }

  it("agrees on the phrases that used to differ", () => {
    const count = (q: string) => shownOn(q).length;
    expect(count("Scotland's")).toBeGreaterThan(0);
    expect(count("Scotland’s")).toBe(count("Scotland's"));
    expect(count("third-sector")).toBe(count("third sector"));
    expect(count("third-sector")).toBeGreaterThan(0);
  });
});
