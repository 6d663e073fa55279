import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ContentBundle } from "@/lib/content/load";
import { loadFixture, removeTempDirs } from "./helpers/fixture";

let bundle: ContentBundle;

beforeAll(async () => {
  bundle = await loadFixture("valid");
});

afterAll(removeTempDirs);

function render(code: string): string {
  return renderToStaticMarkup(createElement(getMDXComponent(code)));
}

function element(slug: string) {
  const found = bundle.elements.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`the valid fixture has no element "${slug}"`);
  return found;
}

describe("loading the valid fixture", () => {
  it("reads every collection", () => {
    expect(bundle.elements).toHaveLength(8);
    expect(bundle.speakers.map((s) => s.slug)).toEqual(["jo-bloggs"]);
    expect(bundle.sources.map((s) => s.slug)).toEqual(["source-a", "source-b"]);
    expect(bundle.quotes).toHaveLength(2);
    expect(bundle.findings).toHaveLength(2);
    expect(bundle.pages.map((p) => p.slug)).toEqual(["about"]);
    expect(bundle.timeline.map((t) => t.slug)).toEqual(["study-published"]);
  });

  it("sorts elements by number, not by file name", () => {
    expect(bundle.elements.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bundle.elements.map((e) => e.slug)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
    ]);
  });

  it("records each entry's file relative to the display root", () => {
    expect(element("four").file).toBe("elements/four.mdx");
    expect(bundle.speakers[0]?.file).toBe("speakers/jo-bloggs.yaml");
    expect(bundle.pages[0]?.file).toBe("pages/about.mdx");
  });

  it("keeps frontmatter fields as written", () => {
    expect(element("one")).toMatchObject({
      title: "Element one",
      reportWording: "the report's wording for element one",
      inShort: "Element one, said simply.",
      related: ["two"],
      sources: ["source-a", "source-b"],
    });
  });
});

describe("compiled MDX bodies", () => {
  it("carry code that mdx-bundler turns into a component that renders the body", () => {
    const html = render(element("one").body.code);
    expect(html).toContain("<strong>tiny</strong>");
    expect(html).toContain('<a href="/elements/two#in-short">the short version</a>');
  });

  it("list headings with the ids rehype-slug gives them", () => {
    expect(element("one").body.headings).toEqual([
      { depth: 2, id: "what-the-report-found", text: "What the report found" },
    ]);
    expect(bundle.pages[0]?.body.headings).toEqual([
      { depth: 2, id: "background", text: "Background" },
    ]);
  });

  it("render headings with their id and a named section link beside them", () => {
    const html = render(element("one").body.code);
    // The link sits after the heading, not inside it, so the heading's name stays clean.
    expect(html).toContain(
      '<div class="heading-group"><h2 id="what-the-report-found">What the report found</h2>' +
        '<a class="heading-anchor" aria-label="Link to the section “What the report found”" ' +
        'href="#what-the-report-found">' +
        '<span aria-hidden="true">#</span></a></div>',
    );
  });

  it("collect every link target in the order written", () => {
    expect(element("one").body.links).toEqual(["/elements/two", "/elements/two#in-short"]);
    expect(element("two").body.links).toEqual([
      "/elements/three",
      "/elements/three#what-the-report-found",
    ]);
    expect(bundle.pages[0]?.body.links).toEqual(["/elements", "/sources#source-a"]);
  });

  it("give plain text without markdown syntax, one line per block", () => {
    expect(element("one").body.text).toBe(
      "What the report found\nElement one is tiny. Read element two next, or the short version.",
    );
  });

  it("cut the text into sections at headings, each with the heading's anchor", () => {
    expect(element("one").body.sections).toEqual([
      {
        id: "what-the-report-found",
        title: "What the report found",
        text: "Element one is tiny. Read element two next, or the short version.",
      },
    ]);
    const alpha = bundle.findings.find((f) => f.slug === "alpha");
    expect(alpha?.body.sections).toEqual([
      { id: "", title: "", text: "Alpha speaks to the report's wording." },
    ]);
  });

  it("compile finding bodies too", () => {
    const alpha = bundle.findings.find((f) => f.slug === "alpha");
    expect(alpha?.body.links).toEqual(["/elements/one#report-wording"]);
    expect(alpha?.body.text).toBe("Alpha speaks to the report's wording.");
  });
});

describe("schema defaults", () => {
  it("give an element with no related field an empty related list", () => {
    expect(element("seven").related).toEqual([]);
    expect(element("eight").related).toEqual([]);
  });

  it("leave an omitted optional field undefined", () => {
    expect(element("seven").inShort).toBeUndefined();
  });

  it("make a source with no kind a web page", () => {
    const [sourceA, sourceB] = bundle.sources;
    expect(sourceA?.kind).toBe("web-page");
    expect(sourceB?.kind).toBe("report");
  });

  it("give a speaker with no honorific or post-nominals empty strings", () => {
    expect(bundle.speakers[0]).toMatchObject({ honorific: "", postNominals: "" });
  });

  it("give a quote with no tags an empty tag list", () => {
    const second = bundle.quotes.find((q) => q.id === "second-quote");
    expect(second?.tags).toEqual([]);
  });

  it("make a timeline event with no precision precise to the day", () => {
    expect(bundle.timeline[0]?.precision).toBe("day");
  });

  it("give a page with no sources an empty source list", () => {
    expect(bundle.pages[0]?.sources).toEqual([]);
  });
});

describe("ordering", () => {
  it("sorts quotes by position within their source, not by file name", () => {
    expect(bundle.quotes.map((q) => [q.id, q.position])).toEqual([
      ["first-quote", 1],
      ["second-quote", 2],
    ]);
    expect(bundle.quotes.map((q) => q.file)).toEqual([
      "quotes/b-first-quote.yaml",
      "quotes/a-second-quote.yaml",
    ]);
  });

  it("sorts findings by their order field", () => {
    expect(bundle.findings.map((f) => [f.slug, f.order])).toEqual([
      ["beta", 10],
      ["alpha", 20],
    ]);
  });
});
