import type { Heading, Link, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { routes } from "../../lib/content/routes";
import { site } from "../../lib/site";
import { expect, readerTest as test } from "./fixtures";
import { listedPages, siteOrigin } from "./site";

/**
 * Every page as Markdown, advertised by the page itself, and /llms.txt: what the server and the
 * static export (playwright.export.config.ts) answer, read with a real Markdown parser.
 */
const ANY_VIEWPORT = { tag: "@any-viewport" };

const parse = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The href of each <link rel="alternate" type="text/markdown"> in a page's HTML. */
function markdownAlternates(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="alternate"/.test(tag) && /\btype="text\/markdown"/.test(tag))
    .map((tag) => (/\bhref="([^"]*)"/.exec(tag)?.[1] ?? "").replaceAll("&amp;", "&"));
}

/** A full URL on the site's public origin as the path the server under test answers. */
function pathOn(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(siteOrigin);
  return parsed.pathname;
}

test(
  "every page in the sitemap advertises its Markdown, which answers as text/markdown and parses",
  ANY_VIEWPORT,
  async ({ request }) => {
    // About 90 pages, two requests each: fetched a few at a time, with room on a busy machine.
    test.setTimeout(120_000);
    const sitemap = await (await request.get(routes.sitemap())).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOn(m[1] ?? ""));
    expect(paths.length).toBe(listedPages.length);
    const check = async (path: string) => {
      const page = listedPages.find((p) => p.path === path);
      expect(page, path).toBeDefined();
      const html = await (await request.get(path)).text();
      const alternates = markdownAlternates(html);
      expect(alternates, path).toHaveLength(1);
      const response = await request.get(pathOn(alternates[0] ?? ""));
      expect(response.status(), alternates[0]).toBe(200);
      expect(response.headers()["content-type"], alternates[0]).toBe(
        "text/markdown; charset=utf-8",
      );
      const tree = parse(await response.text());
      const headings: Heading[] = [];
      visit(tree, "heading", (node) => {
        if (node.depth === 1) headings.push(node);
      });
      expect(
        headings.map((h) => toString(h)),
        path,
      ).toEqual([page?.kind === "home" ? site.reportTitle : page?.title]);
      visit(tree, "link", (node: Link) => {
        expect(node.url, `${path}: ${node.url}`).toMatch(/^https?:\/\//);
      });
    };
    for (let start = 0; start < paths.length; start += 6) {
      await Promise.all(paths.slice(start, start + 6).map(check));
    }
  },
);

test(
  "/llms.txt lists every page's Markdown, and /llms-full.txt holds them all",
  ANY_VIEWPORT,
  async ({ request }) => {
    const index = await request.get(routes.llmsTxt());
    expect(index.status()).toBe(200);
    expect(index.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const tree = parse(await index.text());
    expect(tree.children[0]?.type === "heading" && toString(tree.children[0])).toBe(site.name);
    expect(tree.children[1]?.type).toBe("blockquote");
    const listed = new Set<string>();
    visit(tree, "link", (node: Link) => {
      listed.add(node.url);
    });
    for (const page of listedPages) {
      expect(listed, page.path).toContain(`${siteOrigin}${routes.markdown(page.path)}`);
    }
    const full = await request.get(routes.llmsFullTxt());
    expect(full.status()).toBe(200);
    const titles: string[] = [];
    visit(parse(await full.text()), "heading", (node: Heading) => {
      if (node.depth === 1) titles.push(toString(node));
    });
    expect(titles).toEqual([
      site.name,
      ...listedPages.map((p) => (p.kind === "home" ? site.reportTitle : p.title)),
    ]);
  },
);

test("an address with no page has no Markdown either", ANY_VIEWPORT, async ({ request }) => {
  const response = await request.get(routes.markdown("/elements/no-such-element"));
  expect(response.status()).toBe(404);
});
