import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GlossedText } from "@/components/glossary/glossed";
import { MdxContent } from "@/components/mdx/mdx-content";
import { readContentBundle } from "@/lib/content/bundle";
import { createContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { GlossaryMarks, GlossaryTermView } from "@/lib/content/glossary-terms";
import { firstUses, termMatcher, toTermView } from "@/lib/content/glossary-terms";
import { glossaryPages } from "@/lib/site-model/glossary-props";
import { buildSiteModel } from "@/lib/site-model/model";

const view = (slug: string, ...names: string[]): GlossaryTermView => ({
  slug,
  term: names[0] ?? slug,
  names,
  definition: `What ${slug} means.`,
});

const NCS = view("ncs", "National Care Service", "NCS");
const BILL = view("bill", "Care Reform (Scotland) Bill", "National Care Service (Scotland) Bill");
const SERVICES = view("services", "Children's services");
const THIRD = view("third", "Third sector");

describe("finding the glossary's terms in prose", () => {
  const matcher = termMatcher([NCS, BILL, SERVICES, THIRD]);
  const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

  it("finds a term by any of its names, whatever the case of its first letter", () => {
    expect(found("The third sector and the NCS.")).toEqual(["third sector", "NCS"]);
    expect(found("Third sector bodies")).toEqual(["Third sector"]);
  });

  it("treats straight and curly apostrophes and runs of spaces alike", () => {
    expect(found("children’s  services")).toEqual(["children’s  services"]);
  });

  it("does not find a name inside a longer word or a title written otherwise", () => {
    expect(found("NCSX and the Children's Services Reform Research study")).toEqual([]);
  });

  it("prefers the longer name where two start at one place", () => {
    expect(matcher.find("the National Care Service (Scotland) Bill").map((m) => m.slug)).toEqual([
      "bill",
    ]);
  });

  it("marks each term once, in the first part of the page that uses it", () => {
    expect(
      firstUses(
        [NCS, THIRD],
        ["No terms here.", "The NCS and the NCS again.", "The third sector and the NCS."],
      ),
    ).toEqual([[], ["ncs"], ["third"]]);
  });
});

describe("marking a first use in rendered prose", () => {
  const marks = (mark: string[], terms = [NCS, THIRD]): GlossaryMarks => ({ terms, mark });

  it("wraps the first use in a button that opens its explanation, and only the first", () => {
    const html = renderToStaticMarkup(
      createElement(GlossedText, { text: "The NCS, then the NCS.", marks: marks(["ncs"]) }),
    );
    expect(html.match(/data-glossary-term="ncs"/g)).toHaveLength(1);
    expect(html.toLowerCase()).toContain('popovertarget="term-ncs"');
    expect(html).toContain('aria-label="What “NCS” means"');
    expect(html).toContain('id="term-ncs" popover="auto"');
    expect(html).toContain('href="/glossary#ncs"');
    expect(html.endsWith("then the NCS.</span>")).toBe(true);
  });

  it("does not mark a shorter name inside a longer term's name that an earlier part marked", () => {
    // The lead marked the Bill; the body marks the NCS, but not inside the Bill's other name.
    const text = "The National Care Service (Scotland) Bill, then the National Care Service.";
    const html = renderToStaticMarkup(
      createElement(GlossedText, { text, marks: marks(["ncs"], [NCS, BILL]) }),
    );
    expect(html).toContain("The National Care Service (Scotland) Bill, then the <span");
    expect(html.match(/data-glossary-term="ncs"/g)).toHaveLength(1);
    expect(html).not.toContain('data-glossary-term="bill"');
  });

  it("leaves prose alone when it marks nothing", () => {
    expect(
      renderToStaticMarkup(createElement(GlossedText, { text: "The NCS.", marks: marks([]) })),
    ).toBe('<span data-glossary-prose="">The NCS.</span>');
  });
});

/**
 * A page's prose as rendered, read in order with links, headings and explanations left out (an
 * explanation repeats its term's names): the text before each mark, and all of it.
 */
function readProse(html: string): { before: Map<string, string>; text: string } {
  const before = new Map<string, string>();
  const readable = html
    .replace(/<span id="term-[^"]*"[^>]*popover[\s\S]*?<\/button><\/span><\/span>/g, " ")
    .replace(/<button[\s\S]*?<\/button>/g, "")
    .replace(/<(h[1-6]|a)\b[\s\S]*?<\/\1>/g, " ");
  let text = "";
  for (const part of readable.split(/(<span data-glossary-term="[^"]*")/)) {
    const slug = /^<span data-glossary-term="([^"]*)"/.exec(part)?.[1];
    if (slug) before.set(slug, text);
    else text += part.replace(/<[^>]+>/g, "");
  }
  return { before, text };
}

describe("the site's glossary, used on its pages", () => {
  const bundle = readContentBundle();
  const api = createContentApi(bundle);
  const model = buildSiteModel(bundle);
  const matcher = termMatcher(bundle.glossary.map(toTermView));
  const bodies = new Map<string, string>([
    ...bundle.elements.map((e) => [routes.element(e.slug), e.body.code] as const),
    ...bundle.findings.map((f) => [routes.finding(f.slug), f.body.code] as const),
    ...bundle.pages.map((p) => [routes.page(p.slug), p.body.code] as const),
  ]);
  // Each page's prose as its template renders it: lead, "In short", body, with their marks.
  const rendered = glossaryPages(api, model).map(({ path, parts, marks }) => {
    const text = (part: "lead" | "inShort") =>
      renderToStaticMarkup(
        createElement(GlossedText, { text: parts.get(part) ?? "", marks: marks[part] }),
      );
    const code = bodies.get(path);
    const body = code
      ? renderToStaticMarkup(createElement(MdxContent, { code, glossary: marks.body }))
      : "";
    return { path, html: [text("lead"), text("inShort"), body].join("\n") };
  });

  it.each(bundle.glossary.map((entry) => [entry.term, entry.slug] as const))(
    "explains %s where it is first used on at least one page",
    (_term, slug) => {
      expect(
        rendered.filter(({ html }) => html.includes(`data-glossary-term="${slug}"`)).length,
        `no page's prose uses the glossary term "${slug}": use it on a page or take it out`,
      ).toBeGreaterThan(0);
    },
  );

  it.each(rendered.map((page) => [page.path, page] as const))(
    "%s marks the first use of each term in its prose, once",
    (path, { html }) => {
      const { before, text } = readProse(html);
      for (const [slug, earlier] of before) {
        expect(
          html.match(new RegExp(`data-glossary-term="${slug}"`, "g")),
          `${path}: "${slug}" is marked more than once`,
        ).toHaveLength(1);
        expect(
          matcher.find(earlier, new Set([slug])),
          `${path}: "${slug}" is used before the use that is marked`,
        ).toEqual([]);
      }
      const unmarked = matcher.find(text).filter((use) => !before.has(use.slug));
      expect(
        unmarked.map((use) => use.slug),
        `${path}: terms used but never marked`,
      ).toEqual([]);
    },
  );
});
