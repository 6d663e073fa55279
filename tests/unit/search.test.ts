import * as flexsearch from "flexsearch";
import * as flexsearchCompact from "flexsearch-compact";
import { describe, expect, it } from "vitest";
import { readContentBundle } from "@/lib/content/bundle";
import { createContentApi } from "@/lib/content/content-api";
import { listSitePages } from "@/lib/site-model/model";
import { buildSearchIndexFile } from "@/lib/search/build";
import { MAX_QUERY_LENGTH, resultKicker } from "@/lib/search/definition";
import { isSearchIndexFile, loadSearchIndex } from "@/lib/search/load";
import { search } from "@/lib/search/query";
import { buildSearchRecords } from "@/lib/search/records";
import { snippet } from "@/lib/search/snippet";
import { withinOneEdit } from "@/lib/search/terms";
import { filterQuotes } from "@/lib/browse/quote-filter";
import { routes } from "@/lib/content/routes";
import { cleanQuery, normaliseText, rawWords } from "@/lib/text/match";

const bundle = readContentBundle();
const api = createContentApi(bundle);
const records = buildSearchRecords(api, listSitePages(bundle));
// Through JSON, as the browser receives it: the round trip is part of every test below.
const file: unknown = JSON.parse(JSON.stringify(buildSearchIndexFile(flexsearch, records)));
if (!isSearchIndexFile(file)) throw new Error("the built index does not pass its own check");
const index = loadSearchIndex(flexsearch, file);
const urls = (query: string, filters = {}) =>
  search(index, query, filters).map((h) => h.record.url);

describe("search records", () => {
  it("has one record per element, quote, finding and speaker, and a section per heading", () => {
    const count = (type: string) => records.filter((r) => r.type === type).length;
    expect(count("element")).toBe(api.getElements().length);
    expect(count("quote")).toBe(api.getQuoteViews().length);
    expect(count("finding")).toBe(api.getFindings().length);
    expect(count("speaker")).toBe(api.getSpeakers().length);
    const workforce = api.getElement("workforce");
    for (const heading of workforce?.body.headings ?? []) {
      expect(records.map((r) => r.url)).toContain(`/elements/workforce#${heading.id}`);
    }
  });

  it("links quotes to their own page", () => {
    const quote = api.getQuoteViews()[0];
    expect(records.find((r) => r.type === "quote" && r.body === quote?.text)?.url).toBe(
      `/quotes/${quote?.id}`,
    );
  });
});

describe("matching", () => {
  it("ignores case", () => {
    expect(urls("WORKFORCE")).toEqual(urls("workforce"));
    expect(urls("WORKFORCE")).toContain("/elements/workforce");
  });
  it("finds prefixes", () => {
    expect(urls("relat")[0]).toBe("/elements/relationships");
  });
  it("folds accents", () => {
    // The word is in the news release's wording, a record of its own on the element's page.
    expect(urls("stigmatísing")).toContain("/elements/local-services#report-wording");
  });
  it("forgives one typo in long words", () => {
    expect(urls("workfroce")).toContain("/elements/workforce");
  });
  it("finds hyphenated words whole and by their parts", () => {
    expect(urls("long-term")[0]).toBe("/elements/local-services");
    expect(urls("longterm")[0]).toBe("/elements/local-services");
    expect(urls("term")).toContain("/elements/local-services");
    expect(urls("makers")).toContain("/findings/what-decision-makers-need-to-act-on");
  });
  it("finds nothing for words that are not there", () => {
    expect(urls("zzqxv")).toEqual([]);
  });
  it("treats HTML, regex characters, emoji and very long input as text", () => {
    for (const query of ["<script>alert(1)</script>", ".*(", "😀", "a".repeat(10_000)]) {
      expect(() => search(index, query)).not.toThrow();
    }
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
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
});

describe("filters", () => {
  it("keeps only one speaker's quotes, however many there are", () => {
    const hits = search(index, "", { speaker: "claire-burns", type: "quote" }, 1000);
    expect(hits).toHaveLength(api.getQuoteViews({ speaker: "claire-burns" }).length);
    const withWord = search(index, "children", { speaker: "heather-ottaway", type: "quote" });
    expect(withWord.length).toBeGreaterThan(0);
    expect(withWord.every((h) => h.record.speaker === "heather-ottaway")).toBe(true);
  });
  it("keeps only records on one element", () => {
    const hits = search(index, "children", { element: "tackling-poverty" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.record.elements.includes("tackling-poverty"))).toBe(true);
  });
});

describe("snippets and typos", () => {
  it("marks every word that matches, keeping the text as it was", () => {
    const parts = snippet("Trusting relationships matter. <b>Relate</b>", ["relat"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["relationships", "Relate"]);
    expect(parts.map((p) => p.text).join("")).toContain("<b>");
  });
  it("counts one edit", () => {
    expect(withinOneEdit("workfroce", "workforce")).toBe(true);
    expect(withinOneEdit("wrkforce", "workforce")).toBe(true);
    expect(withinOneEdit("wrkfroce", "workforce")).toBe(false);
  });
  it("says a result's type and where it belongs, without saying the type twice", () => {
    expect(resultKicker("finding", "Finding")).toBe("Finding");
    expect(resultKicker("page", "Page")).toBe("Page");
    expect(resultKicker("element", "Key element 7")).toBe("Key element 7");
    expect(resultKicker("section", "Tackling poverty")).toBe("Section · Tackling poverty");
    expect(resultKicker("quote", "Director, CELCIS")).toBe("Quote · Director, CELCIS");
    expect(resultKicker("section", "")).toBe("Section");
  });
  it("refuses a file of another version", () => {
    expect(isSearchIndexFile({ ...file, version: 0 })).toBe(false);
  });
});

describe("the browser's compact build of flexsearch", () => {
  const compact = loadSearchIndex(flexsearchCompact, file);
  // Every word of every title and speaker, its first four letters, and the word with two
  // letters swapped (a typo), so prefixes, whole words and the typo field are all exercised.
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
  const compact = loadSearchIndex(flexsearchCompact, file);
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
