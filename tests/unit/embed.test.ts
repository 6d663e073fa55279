import { createRequire } from "node:module";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import { embedRoutes, routes } from "@/lib/content/routes";
import { type EmbedCard, elementCard, embedCardHtml, quoteCard } from "@/lib/embed/card";
import { OEMBED_JSON_TYPE } from "@/lib/embed/frame";
import { oembedDocument } from "@/lib/embed/oembed";
import { embedHeaders, hostHeadersFile } from "@/lib/export/host-headers";
import {
  embedContentSecurityPolicy,
  embedSecurityHeaders,
  headerRules,
  securityHeaders,
} from "@/lib/security-headers";
import { pageMetadata, metadataOfPage } from "@/lib/seo/metadata";
import { buildSiteModel, type SiteModel } from "@/lib/site-model/model";
import { site } from "@/lib/site";
import { PROJECT_ROOT } from "./helpers/fixture";

const ORIGIN = "https://example.org";

/** Next's own copy of path-to-regexp, which matches next.config.ts's header sources (no types). */
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as {
  pathToRegexp: (source: string, keys: unknown[], options: { strict: boolean }) => RegExp;
};
let api: ContentApi;
let model: SiteModel;
let cards: EmbedCard[];

beforeAll(async () => {
  api = createContentApi(await loadContent(path.join(PROJECT_ROOT, "content")));
  model = buildSiteModel(api.bundle);
  cards = [
    ...api.getQuotes().map((q) => quoteCard(api, model, q.id)),
    ...api.getElements().map((e) => elementCard(api, model, e.slug)),
  ].filter((card): card is EmbedCard => card !== undefined);
});

/** An attribute of the first tag of that name in an HTML string. */
const attribute = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

const unescape = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

describe("the site model's embed cards", () => {
  it("has one card per quote and key element, noindex, out of navigation, framing its page", () => {
    const embeds = model.pages.filter((p) => p.kind === "embed");
    expect(embeds.map((p) => p.path).sort()).toEqual(
      [
        ...api.getQuotes().map((q) => embedRoutes.quote(q.id)),
        ...api.getElements().map((e) => embedRoutes.element(e.slug)),
      ].sort(),
    );
    expect(cards).toHaveLength(embeds.length);
    for (const page of embeds) {
      expect(page.noindex, page.path).toBe(true);
      expect(model.navigation.map((n) => n.href)).not.toContain(page.path);
      const parent = model.page(page.parent ?? "");
      expect(parent?.embed?.card, page.path).toBe(page.path);
    }
    // Every other page is indexed.
    expect(model.pages.filter((p) => p.noindex).length).toBe(embeds.length);
  });
});

describe("the embed card's HTML", () => {
  const validator = new HtmlValidate({
    extends: ["html-validate:standard"],
    rules: { "no-inline-style": "off", "no-trailing-whitespace": "off" },
  });

  it("is valid HTML, with no script, noindex, and the full page as canonical", async () => {
    for (const card of cards) {
      const html = embedCardHtml(card, ORIGIN);
      const report = await validator.validateString(html, card.frame.card);
      const messages = report.results.flatMap((r) => r.messages.map((m) => m.message));
      expect(messages, card.frame.card).toEqual([]);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${card.path}">`);
    }
  });

  it("shows a quote word for word with its speaker, role and source, and links back", () => {
    for (const quote of api.getQuoteViews()) {
      const card = quoteCard(api, model, quote.id);
      if (!card) throw new Error(`no card for ${quote.id}`);
      const html = embedCardHtml(card, ORIGIN);
      const text = unescape(html);
      expect(text).toContain(`“${quote.text.trim()}”`);
      expect(text).toContain(
        `${quote.speaker.name}</strong>, ${quote.speaker.role}, ${quote.speaker.organisation}`,
      );
      expect(text).toContain(quote.source.title);
      const back = new RegExp(
        `<a class="back" href="${routes.quote(quote.id)}" target="_blank" rel="noopener">`,
      );
      expect(html).toMatch(back);
    }
  });

  it("labels an element's wording as the release's words, never the report's", () => {
    for (const element of api.getElements()) {
      const card = elementCard(api, model, element.slug);
      if (!card) throw new Error(`no card for ${element.slug}`);
      const text = unescape(embedCardHtml(card, ORIGIN));
      expect(text).toContain(
        `<figcaption>${RELEASE_WORDING_LABEL}</figcaption><blockquote><p>“${element.reportWording.trim()}”`,
      );
      expect(text).not.toMatch(/the report's words/i);
      expect(text).toContain(`<h1>${element.title}</h1>`);
      expect(text).toContain(`href="${routes.element(element.slug)}" target="_blank"`);
    }
  });

  it("escapes what it writes", () => {
    const [card] = cards;
    if (!card || card.kind !== "quote") throw new Error("the first card should be a quote");
    const html = embedCardHtml({ ...card, text: `<img src=x onerror="alert(1)"> & more` }, ORIGIN);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more");
    expect(html).not.toContain("<img");
  });
});

describe("oEmbed documents", () => {
  it("have every field oEmbed 1.0 requires of a rich type, and a title, author and provider", () => {
    for (const card of cards) {
      const doc = oembedDocument(card, ORIGIN) as unknown as Record<string, unknown>;
      // Required of every response (oEmbed 2.3.4) and of type "rich" (2.3.4.4).
      expect(doc.type).toBe("rich");
      expect(doc.version).toBe("1.0");
      expect(typeof doc.html).toBe("string");
      expect(Number.isInteger(doc.width) && (doc.width as number) > 0).toBe(true);
      expect(Number.isInteger(doc.height) && (doc.height as number) > 0).toBe(true);
      expect(doc.title).toBe(card.frame.title);
      expect(doc.provider_name).toBe(site.name);
      expect(doc.provider_url).toBe(`${ORIGIN}/`);
      // The three thumbnail fields come together or not at all.
      expect(doc.thumbnail_url).toBe(`${ORIGIN}${card.path}/opengraph-image`);
      expect(doc.thumbnail_width).toBe(1200);
      expect(doc.thumbnail_height).toBe(630);
      if (card.kind === "quote") {
        expect(doc.author_name).toBe(card.speaker.name);
        expect(doc.author_url).toBe(`${ORIGIN}${card.speaker.path}`);
      }
      // The html is an iframe of the card, at the document's own size.
      const html = doc.html as string;
      expect(html).toMatch(/^<iframe [^>]+><\/iframe>$/);
      expect(attribute(html, "iframe", "src")).toBe(`${ORIGIN}${card.frame.card}`);
      expect(unescape(attribute(html, "iframe", "title") ?? "")).toBe(card.frame.title);
      expect(attribute(html, "iframe", "width")).toBe(String(doc.width));
      expect(attribute(html, "iframe", "height")).toBe(String(doc.height));
      expect(attribute(html, "iframe", "loading")).toBe("lazy");
    }
  });

  it("is announced by a discovery link on its page, beside the page's other alternates", () => {
    const quote = model.pages.find((p) => p.kind === "quote");
    if (!quote?.embed) throw new Error("no quote page with an embed");
    const meta = metadataOfPage(quote, {}, ORIGIN);
    expect(meta.alternates?.types?.[OEMBED_JSON_TYPE]).toEqual([
      { url: `${ORIGIN}${quote.embed.oembed}`, title: quote.embed.title },
    ]);
    const about = model.require(routes.about());
    expect(metadataOfPage(about, {}, ORIGIN).alternates?.types?.[OEMBED_JSON_TYPE]).toBe(undefined);
    const feed = pageMetadata(
      {
        title: "t",
        description: "d",
        path: "/changes",
        atomFeed: "/changes.xml",
        oembed: { path: "/o.json", title: "T" },
      },
      ORIGIN,
    );
    expect(feed.alternates?.types?.["application/atom+xml"]).toBe(`${ORIGIN}/changes.xml`);
  });
});

describe("who may frame what", () => {
  /** The rule next.config.ts's headers() applies to a path, matched as Next matches sources. */
  const rulesFor = (path: string) =>
    headerRules().filter((rule) => pathToRegexp(rule.source, [], { strict: true }).test(path));
  const value = (headers: { key: string; value: string }[], key: string) =>
    headers.find((h) => h.key === key)?.value;

  it("lets any site frame /embed/ and no other path", () => {
    for (const path of [embedRoutes.quote("q-1"), embedRoutes.element("workforce")]) {
      const rules = rulesFor(path);
      expect(rules, path).toHaveLength(1);
      const headers = rules[0]?.headers ?? [];
      expect(value(headers, "Content-Security-Policy")).toContain("frame-ancestors *");
      expect(value(headers, "X-Frame-Options")).toBeUndefined();
    }
    for (const path of [
      "/",
      "/elements/workforce",
      "/quotes/q-1",
      "/embed",
      "/embed/",
      "/embedded/x",
    ]) {
      const rules = rulesFor(path);
      expect(rules, path).toHaveLength(1);
      const headers = rules[0]?.headers ?? [];
      expect(value(headers, "Content-Security-Policy"), path).toContain("frame-ancestors 'none'");
      expect(value(headers, "X-Frame-Options"), path).toBe("DENY");
    }
  });

  it("keeps the embed cards' policy closed to scripts, and the other headers", () => {
    expect(embedContentSecurityPolicy).toMatch(/^default-src 'none'/);
    expect(embedContentSecurityPolicy).not.toMatch(/script-src|unsafe-eval/);
    const keys = (headers: { key: string }[]) => headers.map((h) => h.key);
    expect(keys(embedSecurityHeaders())).toEqual(
      expect.arrayContaining(keys(securityHeaders()).filter((key) => key !== "X-Frame-Options")),
    );
  });

  it("gives the export's host the embed cards' own policy and type, after the site-wide one", () => {
    const file = hostHeadersFile(securityHeaders());
    const blocks = file.split("\n\n");
    expect(blocks[0]?.split("\n")[0]).toBe("/*");
    const embed = blocks[1]?.split("\n") ?? [];
    expect(embed[0]).toBe("/embed/*");
    expect(embed.slice(1)).toEqual(embedHeaders().map(({ key, value }) => `  ${key}: ${value}`));
    expect(embed).toContain(`  Content-Security-Policy: ${embedContentSecurityPolicy}`);
    expect(embed).toContain("  Content-Type: text/html; charset=utf-8");
  });
});
