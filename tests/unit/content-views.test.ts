import { beforeAll, describe, expect, it } from "vitest";
import type { ContentApi } from "@/lib/content/content-api";
import { createContentApi } from "@/lib/content/content-api";
import type { ContentBundle } from "@/lib/content/load";
import { listSitePages, quoteOpening, quotePageTitle } from "@/lib/site-model/model";
import { loadFixture } from "./helpers/fixture";

let bundle: ContentBundle;
let api: ContentApi;

beforeAll(async () => {
  bundle = await loadFixture("valid");
  api = createContentApi(bundle);
});

describe("quote views", () => {
  it("resolve the speaker, source and elements once, with the quote's links", () => {
    const view = api.getQuoteView("first-quote");
    expect(view).toMatchObject({
      id: "first-quote",
      speaker: { slug: "jo-bloggs", shortName: "Jo Bloggs" },
      permalink: "/quotes/first-quote",
      inContext: "/speakers/jo-bloggs#first-quote",
    });
    expect(view?.source.title).toBe(api.getSource(view?.source.slug ?? "")?.title);
    expect(view?.elements.map((e) => e.slug)).toEqual(
      api.getQuote("first-quote")?.elements ?? ["(missing)"],
    );
  });

  it("are plain data that survive JSON, as props to client components must", () => {
    const views = api.getQuoteViews();
    expect(JSON.parse(JSON.stringify(views))).toEqual(views);
  });

  it("filter like getQuotes", () => {
    expect(api.getQuoteViews({ element: "one" }).map((q) => q.id)).toEqual(
      api.getQuotes({ element: "one" }).map((q) => q.id),
    );
    expect(api.getQuoteViews({ speaker: "nobody" })).toEqual([]);
  });

  it("know their neighbours in the source and in the speaker's statement", () => {
    expect(api.getQuoteNeighbours("first-quote")).toMatchObject({
      previous: undefined,
      next: { id: "second-quote" },
      speakerNext: { id: "second-quote" },
    });
    expect(api.getQuoteNeighbours("second-quote").previous?.id).toBe("first-quote");
    expect(api.getQuoteNeighbours("nope")).toEqual({});
  });
});

describe("the list of every page", () => {
  it("holds each element, finding, quote and speaker once, at its route", () => {
    const paths = listSitePages(bundle).map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const e of bundle.elements) expect(paths).toContain(`/elements/${e.slug}`);
    for (const f of bundle.findings) expect(paths).toContain(`/findings/${f.slug}`);
    for (const q of bundle.quotes) expect(paths).toContain(`/quotes/${q.id}`);
    for (const s of bundle.speakers) expect(paths).toContain(`/speakers/${s.slug}`);
    expect(paths).toEqual(expect.arrayContaining(["/", "/quotes", "/findings", "/about"]));
  });

  it("gives every page a title", () => {
    for (const page of listSitePages(bundle)) expect(page.title.trim()).not.toBe("");
  });

  it("titles a quote page with its whole words, or its opening words marked as such", () => {
    expect(quotePageTitle("Short words.", "Jo")).toBe("“Short words.”, Jo");
    const long = "word ".repeat(40).trim();
    const title = quotePageTitle(long, "Jo");
    expect(title).toMatch(/^“(word )+word…” \(opening words\), Jo$/);
    expect(title.length).toBeLessThan(long.length);
  });

  it("cuts a quote's opening after a whole word, drops the punctuation there and marks it", () => {
    const text = "We know what is needed: it is working together, over time and with care.";
    expect(quoteOpening(text, 200)).toEqual({ words: text, whole: true });
    expect(quoteOpening(text, 25)).toEqual({ words: "We know what is needed…", whole: false });
    expect(quoteOpening(text, 50)).toEqual({
      words: "We know what is needed: it is working together…",
      whole: false,
    });
    // The opening is the quote's own first words, whatever the spacing in the file.
    const spaced = "Line one\n  and line two goes on";
    expect(quoteOpening(spaced, 20).words).toBe("Line one and line…");
  });
});
