import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUOTES_PER_PAGE, groupInOrder, paginate, parsePageNumber } from "@/lib/browse/quote-pages";
import { createContentApi } from "@/lib/content/content-api";
import type { ContentBundle } from "@/lib/content/load";
import { loadContent } from "@/lib/content/load";
import { listSitePages } from "@/lib/site-model/model";
import {
  generateSynthetic,
  planFor,
  writeSyntheticContent,
} from "../../scripts/synthetic/generate";
import { PROJECT_ROOT } from "./helpers/fixture";

describe("quote pages", () => {
  it("cuts a list into full pages and a last partial one, and never into none", () => {
    const items = Array.from({ length: 2 * QUOTES_PER_PAGE + 5 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages.map((p) => p.length)).toEqual([QUOTES_PER_PAGE, QUOTES_PER_PAGE, 5]);
    expect(pages.flat()).toEqual(items);
    expect(paginate([])).toEqual([[]]);
  });

  it("groups in order of first appearance", () => {
    expect(groupInOrder(["b1", "a1", "b2", "a2", "c1"], (s) => s.charAt(0))).toEqual([
      ["b1", "b2"],
      ["a1", "a2"],
      ["c1"],
    ]);
  });

  it("accepts only plain page numbers within range", () => {
    expect(parsePageNumber("2", 3)).toBe(2);
    for (const odd of ["0", "4", "02", "2.0", "-1", "1e1", "", "two", "9".repeat(20)]) {
      expect(parsePageNumber(odd, 3)).toBeNull();
    }
  });
});

/** Each quote's #id must be on exactly one quotes page, so every quote can be linked to. */
function quoteAnchorPages(bundle: ContentBundle) {
  const quotePages = listSitePages(bundle).filter(
    (p) => p.path === "/quotes" || p.path.startsWith("/quotes/page/"),
  );
  return {
    quotePages,
    pagesOf: (id: string) => quotePages.filter((p) => p.anchors?.has(id)).map((p) => p.path),
  };
}

describe("synthetic content at scale", () => {
  let dir: string;
  let bundle: ContentBundle;
  const documents = 300;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "synthetic-"));
    await writeSyntheticContent(path.join(PROJECT_ROOT, "content"), dir, documents);
    bundle = await loadContent(dir);
  }, 60_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes valid content with about the asked number of documents and 50 speakers", () => {
    const count =
      bundle.elements.length +
      bundle.speakers.length +
      bundle.quotes.length +
      bundle.findings.length;
    expect(count).toBe(documents);
    expect(bundle.speakers).toHaveLength(50);
    expect(bundle.elements).toHaveLength(8);
  });

  it("gives made-up words to made-up speakers only", async () => {
    const real = new Set(
      (await fs.readdir(path.join(PROJECT_ROOT, "content", "speakers"))).map((f) =>
        f.replace(/\.yaml$/, ""),
      ),
    );
    const synthetic = bundle.quotes.filter((q) => q.source === "synthetic-corpus");
    expect(synthetic.length).toBeGreaterThan(100);
    expect(synthetic.filter((q) => real.has(q.speaker))).toEqual([]);
  });

  it("is the same on every run", () => {
    const plan = planFor(documents, { elements: 1, quotes: 10, findings: 5 });
    const once = generateSynthetic(plan, ["a"], new Map([["workforce", "---\n---\n"]]));
    const again = generateSynthetic(plan, ["a"], new Map([["workforce", "---\n---\n"]]));
    expect(again).toEqual(once);
  });

  it("splits the quotes over pages, each quote's #id on exactly one", () => {
    const { quotePages, pagesOf } = quoteAnchorPages(bundle);
    expect(quotePages.length).toBe(Math.ceil(bundle.quotes.length / QUOTES_PER_PAGE));
    expect(quotePages.length).toBeGreaterThan(1);
    for (const quote of bundle.quotes) expect(pagesOf(quote.id)).toHaveLength(1);
    const views = createContentApi(bundle).getQuoteViews();
    expect(
      views.every((q) => q.statement.index >= 1 && q.statement.index <= q.statement.count),
    ).toBe(true);
  });
});

describe("the real content", () => {
  it("fits on one quotes page", async () => {
    const bundle = await loadContent(path.join(PROJECT_ROOT, "content"));
    const { quotePages, pagesOf } = quoteAnchorPages(bundle);
    expect(quotePages.map((p) => p.path)).toEqual(["/quotes"]);
    for (const quote of bundle.quotes) expect(pagesOf(quote.id)).toEqual(["/quotes"]);
  });
});
