import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  filterQuotes,
  groupQuotes,
  parseQuoteFilter,
  quoteFacetCounts,
  serializeQuoteFilter,
  validateQuoteFilter,
} from "@/lib/browse/quote-filter";
import {
  filterFindings,
  findingFacetCounts,
  parseFindingFilter,
  serializeFindingFilter,
  validateFindingFilter,
} from "@/lib/browse/finding-filter";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import type { QuoteView } from "@/lib/content/quote-view";
import { PROJECT_ROOT } from "./helpers/fixture";

let quotes: QuoteView[];
let known: { speakers: string[]; elements: string[] };

beforeAll(async () => {
  const api = createContentApi(await loadContent(path.join(PROJECT_ROOT, "content")));
  quotes = api.getQuoteViews();
  known = {
    speakers: api.getSpeakers().map((s) => s.slug),
    elements: api.getElements().map((e) => e.slug),
  };
});

const fromUrl = (query: string) => parseQuoteFilter(new URLSearchParams(query));

describe("quote filter: URL to state and back", () => {
  it("reads speaker, element and text, and writes them back in the same form", () => {
    const query = "?speaker=claire-burns&element=workforce&q=poverty";
    const filter = fromUrl(query);
    expect(filter).toEqual({ speaker: "claire-burns", element: "workforce", q: "poverty" });
    expect(serializeQuoteFilter(filter)).toBe(query);
  });

  it("writes keys in one order whatever the URL's order, and encodes spaces", () => {
    expect(serializeQuoteFilter(fromUrl("q=child poverty&speaker=claire-burns"))).toBe(
      "?speaker=claire-burns&q=child+poverty",
    );
  });

  it("leaves out empty and blank values, and ignores keys it does not know", () => {
    expect(fromUrl("speaker=&element=%20&q=&utm_source=x")).toEqual({});
    expect(serializeQuoteFilter({})).toBe("");
    expect(serializeQuoteFilter({ q: "  " })).toBe("");
  });

  it("sets unknown speakers and elements aside, to be named in a message", () => {
    const { filter, unknown } = validateQuoteFilter(
      fromUrl("speaker=nobody&element=workforce"),
      known,
    );
    expect(filter).toEqual({ element: "workforce" });
    expect(unknown).toEqual([{ key: "speaker", value: "nobody" }]);
  });
});

describe("quote filter: which quotes show", () => {
  it("shows exactly one speaker's quotes, for each speaker", () => {
    for (const speaker of known.speakers) {
      const shown = filterQuotes(quotes, { speaker });
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((q) => q.speaker.slug === speaker)).toBe(true);
      expect(shown.length).toBe(quotes.filter((q) => q.speaker.slug === speaker).length);
    }
  });

  it("narrows by element and by every word of the text, ignoring case and quote marks", () => {
    const onWorkforce = filterQuotes(quotes, { element: "workforce" });
    expect(onWorkforce.length).toBeGreaterThan(0);
    expect(onWorkforce.every((q) => q.elements.some((e) => e.slug === "workforce"))).toBe(true);
    const apostrophe = filterQuotes(quotes, { q: "IT'S INVESTING" });
    expect(apostrophe.map((q) => q.id)).toEqual(["burns-collaborative-leadership"]);
    expect(filterQuotes(quotes, { q: "poverty zzzz" })).toEqual([]);
  });

  it("matches whole words, not parts of them, and a hyphenated query by its parts", () => {
    const ids = (q: string) => filterQuotes(quotes, { q }).map((quote) => quote.id);
    // "work" is inside "workforce" and "working", but no quote has the word itself.
    expect(quotes.some((quote) => quote.text.toLowerCase().includes("work"))).toBe(true);
    const wholeWord = new RegExp(String.raw`\bwork\b`, "i");
    expect(ids("work")).toEqual(quotes.filter((q) => wholeWord.test(q.text)).map((q) => q.id));
    const thirdSector = ids("third sector");
    expect(thirdSector.length).toBeGreaterThan(0);
    expect(ids("third-sector")).toEqual(thirdSector);
    expect(ids("Third–Sector")).toEqual(thirdSector);
    // The typed apostrophe's style does not matter, and "Scotland" finds "Scotland's" too.
    const possessive = ids("Scotland's");
    expect(possessive.length).toBeGreaterThan(0);
    expect(ids("SCOTLAND’S")).toEqual(possessive);
    expect(ids("scotland")).toEqual(expect.arrayContaining(possessive));
  });

  it("reads the speaker's name in the speaker filter, not in the words", () => {
    expect(filterQuotes(quotes, { q: "Claire Burns" })).toEqual([]);
    expect(filterQuotes(quotes, { speaker: "claire-burns", q: "children" }).length).toBe(
      quotes.filter((q) => q.speaker.slug === "claire-burns" && /\bchildren\b/i.test(q.text))
        .length,
    );
  });

  it("counts each choice given the other filters", () => {
    const { speakers, elements } = quoteFacetCounts(quotes, { element: "workforce" });
    const total = [...speakers.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(filterQuotes(quotes, { element: "workforce" }).length);
    // The element counts ignore the chosen element, so other elements still have counts.
    expect(elements.get("tackling-poverty")).toBe(
      filterQuotes(quotes, { element: "tackling-poverty" }).length,
    );
  });

  it("groups by speaker in source order and places each quote in its statement", () => {
    const groups = groupQuotes(quotes);
    expect(groups.flat()).toHaveLength(quotes.length);
    for (const group of groups) {
      expect(new Set(group.map((q) => q.speaker.slug)).size).toBe(1);
    }
    const quote = quotes.find((q) => q.id === "burns-collaborative-leadership");
    if (!quote) throw new Error("content lost burns-collaborative-leadership");
    expect(quote.statement.previous?.id).toBe("burns-tackle-child-poverty");
    expect(quote.statement.count).toBe(
      quotes.filter((q) => q.speaker.slug === "claire-burns").length,
    );
    const first = quotes.find((q) => q.speaker.slug === "claire-burns");
    expect(first?.statement).toEqual({ index: 1, count: quote.statement.count });
  });
});

describe("finding filter", () => {
  it("round-trips kind and element through the URL and sets unknown values aside", () => {
    const filter = parseFindingFilter(new URLSearchParams("element=workforce&kind=priority"));
    expect(serializeFindingFilter(filter)).toBe("?kind=priority&element=workforce");
    expect(
      validateFindingFilter(
        { kind: "gossip", element: "workforce" },
        { kinds: ["priority"], elements: ["workforce"] },
      ),
    ).toEqual({
      filter: { element: "workforce" },
      unknown: [{ key: "kind", value: "gossip" }],
    });
  });

  const findings = [
    {
      slug: "a",
      kind: "priority" as const,
      elements: ["workforce"],
      title: "Give the workforce time",
      summary: "Staff need time and resources.",
    },
    {
      slug: "b",
      kind: "barrier" as const,
      elements: ["workforce", "relationships"],
      title: "Persistent barriers",
      summary: "Short-term funding gets in the way of the third sector’s work.",
    },
    {
      slug: "c",
      kind: "priority" as const,
      elements: ["relationships"],
      title: "Renew the partnership with the third sector",
      summary: "Treat it as an equal partner.",
    },
  ];

  it("counts kinds given the element, and elements given the kind", () => {
    const counts = findingFacetCounts(findings, { kind: "priority", element: "workforce" });
    expect(Object.fromEntries(counts.kinds)).toEqual({ priority: 1, barrier: 1 });
    expect(Object.fromEntries(counts.elements)).toEqual({ workforce: 1, relationships: 1 });
  });

  it("keeps the findings whose title and summary hold every word typed", () => {
    const slugs = (q: string) => filterFindings(findings, { q }).map((f) => f.slug);
    expect(slugs("third-sector")).toEqual(["b", "c"]);
    expect(slugs("third sector's")).toEqual(["b"]);
    expect(slugs("short term")).toEqual(["b"]);
    expect(slugs("shortterm")).toEqual(["b"]);
    expect(slugs("TIME")).toEqual(["a"]);
    expect(slugs("tim")).toEqual([]);
    const counts = findingFacetCounts(findings, { q: "partner" });
    expect(Object.fromEntries(counts.kinds)).toEqual({ priority: 1 });
  });
});
