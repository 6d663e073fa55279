import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as ContentApi from "@/lib/content/api";
import { loadFixture, makeTempDir, removeTempDirs } from "./helpers/fixture";

let api: typeof ContentApi;
let generatedFile: string;

/**
 * api.ts reads `<cwd>/.generated/content.json` and caches it. Write the valid fixture's
 * bundle there, import a fresh copy of the module from that folder, and read it once so the
 * cache is filled before the working folder is put back.
 */
beforeAll(async () => {
  const bundle = await loadFixture("valid");
  const root = await makeTempDir("content-api-");
  await fs.mkdir(path.join(root, ".generated"));
  generatedFile = path.join(root, ".generated", "content.json");
  await fs.writeFile(generatedFile, JSON.stringify(bundle));

  const previous = process.cwd();
  process.chdir(root);
  try {
    vi.resetModules();
    api = await import("@/lib/content/api");
    api.getElements();
  } finally {
    process.chdir(previous);
  }
});

afterAll(removeTempDirs);

describe("elements", () => {
  it("getElements lists all eight in number order without their bodies", () => {
    const elements = api.getElements();
    expect(elements.map((e) => e.slug)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
    ]);
    for (const element of elements) expect(element).not.toHaveProperty("body");
    expect(elements[0]).toMatchObject({ title: "Element one", file: "elements/one.mdx" });
  });

  it("getElement returns one element with its compiled body", () => {
    const element = api.getElement("two");
    expect(element?.number).toBe(2);
    expect(element?.body.headings.map((h) => h.id)).toEqual(["what-the-report-found"]);
    expect(element?.body.code).toEqual(expect.any(String));
  });

  it("each element carries its icon and colour from its front matter", () => {
    expect(api.getElement("two")).toMatchObject({
      icon: "users",
      colour: { light: "#1d4ed8", dark: "#93c5fd" },
    });
  });

  it("getElement returns undefined for an unknown slug", () => {
    expect(api.getElement("nope")).toBeUndefined();
  });

  it("getAdjacentElements gives the first element only a next one", () => {
    const { previous, next } = api.getAdjacentElements("one");
    expect(previous).toBeUndefined();
    expect(next?.slug).toBe("two");
  });

  it("getAdjacentElements gives a middle element both neighbours", () => {
    const { previous, next } = api.getAdjacentElements("four");
    expect(previous?.slug).toBe("three");
    expect(next?.slug).toBe("five");
    expect(next).not.toHaveProperty("body");
  });

  it("getAdjacentElements gives the last element only a previous one", () => {
    const { previous, next } = api.getAdjacentElements("eight");
    expect(previous?.slug).toBe("seven");
    expect(next).toBeUndefined();
  });

  it("getAdjacentElements gives nothing for an unknown slug", () => {
    expect(api.getAdjacentElements("nope")).toEqual({});
  });

  it("getElementsBySlugs keeps the order asked for and skips unknown slugs", () => {
    expect(api.getElementsBySlugs(["three", "nope", "one"]).map((e) => e.slug)).toEqual([
      "three",
      "one",
    ]);
  });
});

describe("quotes", () => {
  it("getQuotes with no filter lists every quote in source order", () => {
    expect(api.getQuotes().map((q) => q.id)).toEqual(["first-quote", "second-quote"]);
  });

  it("getQuotes filters by speaker", () => {
    expect(api.getQuotes({ speaker: "jo-bloggs" }).map((q) => q.id)).toEqual([
      "first-quote",
      "second-quote",
    ]);
    expect(api.getQuotes({ speaker: "nobody" })).toEqual([]);
  });

  it("getQuotes filters by element", () => {
    expect(api.getQuotes({ element: "one" }).map((q) => q.id)).toEqual(["first-quote"]);
    expect(api.getQuotes({ element: "two" }).map((q) => q.id)).toEqual([
      "first-quote",
      "second-quote",
    ]);
    expect(api.getQuotes({ element: "three" })).toEqual([]);
  });

  it("getQuote finds a quote by id", () => {
    expect(api.getQuote("second-quote")?.text).toBe("The second thing Jo said.");
    expect(api.getQuote("nope")).toBeUndefined();
  });
});

describe("findings", () => {
  it("getFindings filters by element and lists them without bodies, in order", () => {
    const forOne = api.getFindings({ element: "one" });
    expect(forOne.map((f) => f.slug)).toEqual(["beta", "alpha"]);
    for (const finding of forOne) expect(finding).not.toHaveProperty("body");
    expect(api.getFindings({ element: "two" }).map((f) => f.slug)).toEqual(["beta"]);
    expect(api.getFindings({ element: "eight" })).toEqual([]);
  });

  it("getFindings filters by kind", () => {
    expect(api.getFindings({ kind: "headline" }).map((f) => f.slug)).toEqual(["alpha"]);
  });

  it("getFinding returns one finding with its body", () => {
    expect(api.getFinding("alpha")?.body.links).toEqual(["/elements/one#report-wording"]);
  });
});

describe("sources, speakers, pages and timeline", () => {
  it("getSources with slugs keeps the order asked for", () => {
    expect(api.getSources(["source-b", "source-a"]).map((s) => s.slug)).toEqual([
      "source-b",
      "source-a",
    ]);
    expect(api.getSources(["source-a", "nope"]).map((s) => s.slug)).toEqual(["source-a"]);
  });

  it("getSources with no slugs sorts by publisher", () => {
    expect(api.getSources().map((s) => s.publisher)).toEqual([
      "Another Publisher",
      "Example Publisher",
    ]);
  });

  it("getSource and getSpeaker find one entry by slug", () => {
    expect(api.getSource("source-a")?.kind).toBe("web-page");
    expect(api.getSpeaker("jo-bloggs")?.name).toBe("Jo Bloggs");
    expect(api.getSpeaker("nope")).toBeUndefined();
  });

  it("getPage has a body and getPages does not", () => {
    expect(api.getPage("about")?.body.headings[0]?.id).toBe("background");
    expect(api.getPages()).toHaveLength(1);
    expect(api.getPages()[0]).not.toHaveProperty("body");
  });

  it("getTimeline lists the events", () => {
    expect(api.getTimeline().map((t) => t.slug)).toEqual(["study-published"]);
  });
});

describe("outside production", () => {
  it("sees content that `npm run content` rewrote, without a restart", async () => {
    const bundle = JSON.parse(await fs.readFile(generatedFile, "utf8")) as {
      elements: { slug: string; title: string }[];
    };
    const original = JSON.stringify(bundle);
    const first = bundle.elements[0];
    if (!first) throw new Error("the fixture has no elements");
    first.title = "A title edited while the server runs";
    await fs.writeFile(generatedFile, JSON.stringify(bundle));
    const later = new Date(Date.now() + 5000);
    await fs.utimes(generatedFile, later, later);
    try {
      expect(api.getElement(first.slug)?.title).toBe("A title edited while the server runs");
    } finally {
      await fs.writeFile(generatedFile, original);
    }
    expect(api.getElement(first.slug)?.title).not.toBe("A title edited while the server runs");
  });
});

describe("the site's roles", () => {
  it("getSiteConfig gives site.yaml's roles and element count, each naming real content", () => {
    const config = api.getSiteConfig();
    expect(config).toMatchObject({
      elementCount: 8,
      headlineFinding: "alpha",
      reportFile: "source-b",
    });
    expect(api.getFinding(config.headlineFinding)?.title).toBe("Finding alpha");
    for (const slug of [config.newsRelease, config.reportFile, config.studyPage]) {
      expect(api.getSource(slug), slug).toBeDefined();
    }
    expect(api.getElements()).toHaveLength(config.elementCount);
  });
});
