import path from "node:path";
import type { Blockquote, Heading, Link, ListItem, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { findingKindLabels } from "@/components/findings/finding-kinds";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import { routePatterns, routes } from "@/lib/content/routes";
import { dataReuse } from "@/lib/data/catalogue";
import { hostHeadersFile } from "@/lib/export/host-headers";
import { homeText } from "@/lib/home-text";
import {
  MissingMarkdownRenderer,
  assertRenderable,
  markdownUrl,
  pageMarkdown,
} from "@/lib/markdown/document";
import { llmsFullTxt, llmsTxt } from "@/lib/markdown/llms";
import type { MarkdownContext } from "@/lib/markdown/renderers";
import { markdownPages, markdownSegments, pageAtSegments } from "@/lib/markdown/site";
import { securityHeaders } from "@/lib/security-headers";
import { metadataOfPage } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { SitePage, SitePageKind } from "@/lib/site-model/model";
import { buildSiteModel } from "@/lib/site-model/model";
import { PROJECT_ROOT } from "./helpers/fixture";

const ORIGIN = "https://example.org";
let api: ContentApi;
let context: MarkdownContext;
let pages: SitePage[];
/** Each page's Markdown, parsed back by a real Markdown parser (micromark, with GFM). */
const parsed = new Map<string, Root>();
const written = new Map<string, string>();

const parse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

function nodesOf<T extends RootContent>(tree: Root, type: T["type"]): T[] {
  const found: T[] = [];
  visit(tree, type, (node) => {
    found.push(node as T);
  });
  return found;
}

beforeAll(async () => {
  api = createContentApi(await loadContent(path.join(PROJECT_ROOT, "content")));
  const model = buildSiteModel(api.bundle);
  context = { api, model, components: mdxComponents, findingKindLabels, origin: ORIGIN };
  pages = markdownPages(model);
  for (const page of pages) {
    const markdown = pageMarkdown(page, context);
    written.set(page.path, markdown);
    parsed.set(page.path, parse(markdown));
  }
  // Loads and compiles the content, then writes and parses about 90 pages: slow on a busy machine.
}, 120_000);

describe("every page as Markdown", () => {
  it("writes every page the sitemap lists, each at its own address", () => {
    const listed = context.model.pages.filter((p) => !p.noindex);
    expect(pages.map((p) => p.path)).toEqual(listed.map((p) => p.path));
    expect(parsed.size).toBe(listed.length);
    const addresses = pages.map((p) => routes.markdown(p.path));
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(routes.markdown("/")).toBe("/md/index.md");
    expect(routes.markdown("/elements/workforce")).toBe("/md/elements/workforce.md");
    for (const page of pages) {
      expect(pageAtSegments(context.model, markdownSegments(page.path))?.path).toBe(page.path);
    }
    expect(pageAtSegments(context.model, ["elements", "nothing.md"])).toBeUndefined();
  });

  it("opens each page with its title as the one top heading, then its description", () => {
    for (const page of pages) {
      const tree = parsed.get(page.path);
      if (!tree) throw new Error(`no Markdown for ${page.path}`);
      const top = nodesOf<Heading>(tree, "heading").filter((h) => h.depth === 1);
      expect(
        top.map((h) => toString(h)),
        page.path,
      ).toEqual([page.kind === "home" ? site.reportTitle : page.title]);
      const paragraphs = tree.children
        .filter((n) => n.type === "paragraph")
        .map((n) => toString(n));
      // A quote's page leads with the quote, a speaker's with their role, as the pages do.
      if (page.kind !== "quote" && page.kind !== "speaker") {
        expect(paragraphs, page.path).toContain(flat(page.description));
      }
    }
  });

  it("holds each MDX body's text, section by section, with its headings", () => {
    const bodies = [
      ...api.bundle.elements.map((e) => ({ path: routes.element(e.slug), body: e.body })),
      ...api.bundle.findings.map((f) => ({ path: routes.finding(f.slug), body: f.body })),
      ...api.bundle.pages
        .filter((p) => context.model.page(routes.page(p.slug)))
        .map((p) => ({ path: routes.page(p.slug), body: p.body })),
    ];
    expect(bodies.length).toBeGreaterThan(20);
    for (const { path: pagePath, body } of bodies) {
      const tree = parsed.get(pagePath);
      if (!tree) throw new Error(`no Markdown for ${pagePath}`);
      // Compared without spaces: the text of a list runs its items together.
      const bare = (words: string) => words.replace(/\s+/g, "");
      const text = bare(toString(tree));
      const headings = nodesOf<Heading>(tree, "heading").map((h) => toString(h));
      for (const heading of body.headings) expect(headings, pagePath).toContain(heading.text);
      for (const section of body.sections) {
        for (const line of section.text.split("\n")) expect(text, pagePath).toContain(bare(line));
      }
    }
  });

  it("gives every quote word for word as a block quote, with its speaker, role and source", () => {
    const views = api.getQuoteViews();
    expect(views.length).toBeGreaterThan(0);
    for (const quote of views) {
      const words = `“${quote.text.trim()}”`;
      // On its own page, on its speaker's page and on the page of quotes that holds it.
      const quotePage = `/quotes/page/`;
      const where = [
        quote.permalink,
        routes.speaker(quote.speaker.slug),
        ...pages
          .filter((p) => p.path === routes.quotes() || p.path.startsWith(quotePage))
          .map((p) => p.path),
      ];
      let found = 0;
      for (const pagePath of where) {
        const tree = parsed.get(pagePath);
        if (!tree) continue;
        for (const quoteNode of nodesOf<Blockquote>(tree, "blockquote")) {
          const [said, attribution] = quoteNode.children.map((n) => toString(n));
          if (said !== words) continue;
          found += 1;
          expect(attribution, pagePath).toContain(
            `${quote.speaker.name}, ${quote.speaker.role}, ${quote.speaker.organisation}.`,
          );
          expect(attribution, pagePath).toContain(`Source: ${quote.source.title}`);
        }
      }
      expect(found, quote.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("labels each element's wording as the news release's, never the report's", () => {
    for (const element of api.getElements()) {
      const tree = parsed.get(routes.element(element.slug));
      if (!tree) throw new Error(`no Markdown for ${element.slug}`);
      const [first] = nodesOf<Blockquote>(tree, "blockquote");
      const [words, label] = (first?.children ?? []).map((n) => toString(n));
      expect(words).toBe(`“${element.reportWording}”`);
      expect(label).toContain(RELEASE_WORDING_LABEL);
      expect(flat(toString(tree))).not.toMatch(/the report's words|the report’s words/i);
    }
  });

  it("makes every link absolute, and every link on the site reach a page or file it has", () => {
    const files = new Set<string>([
      routes.quotesJson(),
      routes.quotesCsv(),
      routes.findingsJson(),
      routes.elementsJson(),
      routes.changesFeed(),
      routes.reportBibtex(),
      routes.reportRis(),
      ...pages.map((p) => p.path),
    ]);
    let links = 0;
    for (const [pagePath, tree] of parsed) {
      for (const node of nodesOf<Link>(tree, "link")) {
        links += 1;
        const url = new URL(node.url);
        expect(node.url, pagePath).toMatch(/^https?:\/\//);
        if (url.origin === ORIGIN)
          expect(files, `${pagePath} → ${node.url}`).toContain(url.pathname);
      }
    }
    expect(links).toBeGreaterThan(pages.length);
  });

  it("cites the pages that offer a citation", () => {
    for (const pagePath of [routes.element("workforce"), routes.about(), routes.data()]) {
      const tree = parsed.get(pagePath);
      if (!tree) throw new Error(`no Markdown for ${pagePath}`);
      const cite = tree.children.findIndex(
        (n) => n.type === "heading" && toString(n) === "Cite this",
      );
      expect(cite, pagePath).toBeGreaterThan(0);
      const items = nodesOf<ListItem>(
        { type: "root", children: tree.children.slice(cite) },
        "listItem",
      );
      expect(items.map((i) => toString(i).split(":")[0])).toEqual(
        expect.arrayContaining(["Harvard", "APA"]),
      );
    }
    const quote = api.getQuoteViews()[0];
    if (!quote) throw new Error("no quotes");
    expect(toString(parsed.get(quote.permalink) ?? { type: "root", children: [] })).toContain(
      `quoted in`,
    );
  });

  it("lists the items of each list page with links to them", () => {
    const expectations: [string, string[]][] = [
      [routes.elements(), api.getElements().map((e) => routes.element(e.slug))],
      [routes.findings(), api.getFindings().map((f) => routes.finding(f.slug))],
      [routes.speakers(), api.getSpeakers().map((s) => routes.speaker(s.slug))],
      [routes.sources(), api.getSources().map((s) => s.url)],
      [routes.changes(), context.model.changeLog.map((c) => c.path)],
    ];
    for (const [pagePath, targets] of expectations) {
      const tree = parsed.get(pagePath);
      if (!tree) throw new Error(`no Markdown for ${pagePath}`);
      const urls = nodesOf<Link>(tree, "link").map((l) => l.url);
      expect(targets.length, pagePath).toBeGreaterThan(0);
      for (const target of targets) {
        expect(urls, pagePath).toContain(target.startsWith("/") ? `${ORIGIN}${target}` : target);
      }
    }
  });

  it("holds the words pages keep in code: the home page's introduction, /data's reuse terms", () => {
    const text = (pagePath: string) => {
      const tree = parsed.get(pagePath);
      if (!tree) throw new Error(`no Markdown for ${pagePath}`);
      return flat(toString(tree));
    };
    const home = homeText(api.getElements().length);
    expect(text(routes.home())).toContain(flat(home.lead));
    expect(text(routes.home())).toContain(flat(home.afterReportTitle));
    const reuse = dataReuse(site.sitePublisher.name);
    expect(text(routes.data())).toContain(flat(reuse.quotes.afterRelease));
    for (const item of reuse.others) expect(text(routes.data())).toContain(flat(item));
  });

  it("stops with the page named when the model has a page of a kind with no renderer", () => {
    const page = { ...pages[0], kind: "timeline" as SitePageKind } as SitePage;
    expect(() => pageMarkdown(page, context)).toThrow(MissingMarkdownRenderer);
    expect(() => assertRenderable([...pages, page])).toThrow(
      /The page \/ is of kind "timeline", which has no Markdown renderer/,
    );
    expect(() => assertRenderable(pages)).not.toThrow();
  });

  it("is advertised by each page's metadata as its text/markdown alternate", () => {
    for (const page of context.model.pages) {
      const types = metadataOfPage(page, {}, ORIGIN).alternates?.types ?? {};
      const markdown = (types as Record<string, unknown>)["text/markdown"];
      expect(markdown, page.path).toBe(page.noindex ? undefined : markdownUrl(page.path, ORIGIN));
    }
  });

  it("is served as text/markdown by a static host", () => {
    expect(hostHeadersFile(securityHeaders())).toContain(
      `${routePatterns.markdown}\n  Content-Type: text/markdown; charset=utf-8`,
    );
    expect(routes.markdown("/quotes/x").startsWith(routePatterns.markdown.replace("*", ""))).toBe(
      true,
    );
  });
});

describe("llms.txt and llms-full.txt", () => {
  it("names the site, sums it up, then lists every page, one line each", () => {
    const tree = parse(llmsTxt(context));
    const [title, summary] = tree.children;
    expect(title?.type === "heading" && title.depth === 1 && toString(title)).toBe(site.name);
    expect(summary?.type).toBe("blockquote");
    const lines = nodesOf<ListItem>(tree, "listItem");
    expect(lines).toHaveLength(pages.length);
    for (const [index, page] of pages.entries()) {
      const line = lines.find((item) =>
        nodesOf<Link>({ type: "root", children: item.children }, "link").some(
          (l) => l.url === markdownUrl(page.path, ORIGIN),
        ),
      );
      expect(line, page.path).toBeDefined();
      expect(toString(line ?? { type: "root", children: [] })).toBe(
        `${page.title}: ${flat(page.description)}`,
      );
      expect(index).toBeGreaterThanOrEqual(0);
    }
    const sections = tree.children.filter((n) => n.type === "heading" && n.depth === 2);
    expect(sections.map((h) => toString(h))).toContain("Key elements");
  });

  it("holds every page's Markdown in llms-full.txt", () => {
    const full = llmsFullTxt(context);
    for (const page of pages) expect(full).toContain(written.get(page.path));
    expect(nodesOf<Heading>(parse(full), "heading").filter((h) => h.depth === 1).length).toBe(
      pages.length + 1,
    );
  });
});
