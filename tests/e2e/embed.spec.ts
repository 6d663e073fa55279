import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { readContentBundle } from "../../lib/content/bundle";
import { speakerName } from "../../lib/content/quote-view";
import { expect, readerTest as test, test as testInOwnContext, waitForHydration } from "./fixtures";
import { listedPages, pagesOfKind, siteOrigin } from "./site";

/**
 * Embed cards and oEmbed: a card frames from another origin while every other page refuses to
 * be framed; each quote and element page offers the iframe code and announces an oEmbed
 * document. Runs against `next start` and, in playwright.export.config.ts, the static export.
 */
const ANY_VIEWPORT = { tag: "@any-viewport" };

const bundle = readContentBundle();
const [quotePage] = pagesOfKind("quote");
const [elementPage] = pagesOfKind("element");
const embeds = pagesOfKind("embed");
if (!quotePage?.embed || !elementPage?.embed) throw new Error("no quote or element to embed");
const quote = bundle.quotes.find((q) => q.id === quotePage.key);
const speaker = bundle.speakers.find((s) => s.slug === quote?.speaker);
if (!quote || !speaker) throw new Error(`no quote or speaker for ${quotePage.path}`);

/** A site address (absolute on SITE_URL, as pages write them) as the path to request here. */
const sitePath = (href: string) => {
  expect(href.startsWith(`${siteOrigin}/`), href).toBe(true);
  return new URL(href).pathname;
};

/**
 * Serves one page on 127.0.0.1, a different origin from the site's (localhost), that frames the
 * given addresses of the site under test.
 */
async function framingSite(frames: Record<string, string>) {
  const html = `<!doctype html><html lang="en"><title>Another site</title><body>${Object.entries(
    frames,
  )
    .map(([name, src]) => `<iframe name="${name}" src="${src}" width="500" height="400"></iframe>`)
    .join("")}</body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

const frameNamed = (page: Page, name: string) => {
  const frame = page.frames().find((f) => f.name() === name);
  if (!frame) throw new Error(`no frame named ${name}`);
  return frame;
};

test(
  "another site can frame an embed card, but not an element page",
  ANY_VIEWPORT,
  async ({ page, baseURL }) => {
    const site = new URL(baseURL ?? "");
    expect(site.hostname).toBe("localhost");
    const other = await framingSite({
      card: new URL(quotePage.embed?.card ?? "", site).href,
      page: new URL(elementPage.path, site).href,
    });
    try {
      await page.goto(other.url);
      expect(new URL(page.url()).origin).not.toBe(site.origin);
      // The card loads in its frame and shows the quote and who said it.
      const card = frameNamed(page, "card");
      await expect(card.locator("blockquote")).toContainText(quote.text.trim().slice(0, 40));
      await expect(card.locator(".who")).toContainText(speakerName(speaker));
      expect(new URL(card.url()).pathname).toBe(quotePage.embed?.card);
      // The element page is refused: the browser shows its own error page in the frame instead.
      const blocked = frameNamed(page, "page");
      const refusedUrl = new URL(elementPage.path, site).href;
      await expect.poll(() => blocked.url()).toMatch(/^chrome-error:/);
      expect(blocked.url()).not.toBe(refusedUrl);
      expect(await blocked.locator("body").innerText()).not.toContain(elementPage.title);
    } finally {
      other.close();
    }
  },
);

test(
  "every embed card answers with no script and no site chrome, and only cards may be framed",
  ANY_VIEWPORT,
  async ({ request }) => {
    expect(embeds.length).toBe(bundle.quotes.length + bundle.elements.length);
    for (const card of embeds) {
      const response = await request.get(card.path);
      expect(response.status(), card.path).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"], card.path).toMatch(/^text\/html/);
      expect(headers["content-security-policy"], card.path).toContain("frame-ancestors *");
      expect(headers["x-robots-tag"], card.path).toBe("noindex");
      const html = await response.text();
      expect(html, card.path).not.toMatch(/<script|<header|<nav|<footer|Leave this site/i);
      expect(html, card.path).toContain('<meta name="robots" content="noindex">');
      // Its link back goes to the full page, in a new tab, and that page is there.
      const back = /<a class="back" href="([^"]+)" target="_blank" rel="noopener">/.exec(html);
      expect(back?.[1], card.path).toBe(card.parent);
      expect((await request.get(back?.[1] ?? "/")).status()).toBe(200);
    }
    for (const path of ["/", elementPage.path, quotePage.path]) {
      const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("frame-ancestors *");
    }
    // Cards are not in the sitemap.
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).not.toContain("/embed/");
    expect(listedPages.some((p) => p.kind === "embed")).toBe(false);
  },
);

test(
  "quote and element pages announce an oEmbed document for their card",
  ANY_VIEWPORT,
  async ({ request }) => {
    for (const item of [...pagesOfKind("quote"), ...pagesOfKind("element")]) {
      const html = await (await request.get(item.path)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" [^>]*>/.exec(html)?.[0];
      expect(link, item.path).toBeDefined();
      const href = /href="([^"]+)"/.exec(link ?? "")?.[1] ?? "";
      expect(/title="([^"]+)"/.exec(link ?? "")?.[1], item.path).toBeTruthy();
      const response = await request.get(sitePath(href));
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^application\/json/);
      const doc = (await response.json()) as Record<string, unknown>;
      expect(doc).toMatchObject({
        type: "rich",
        version: "1.0",
        provider_url: `${siteOrigin}/`,
        title: item.embed?.title,
        width: item.embed?.width,
        height: item.embed?.height,
      });
      expect(typeof doc.provider_name).toBe("string");
      const src = /<iframe src="([^"]+)"/.exec(String(doc.html))?.[1] ?? "";
      expect(sitePath(src)).toBe(item.embed?.card);
      expect((await request.get(sitePath(src))).status()).toBe(200);
    }
  },
);

testInOwnContext(
  "the Embed control on quote and element pages shows the iframe code and copies it",
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    for (const item of [quotePage, elementPage]) {
      await page.goto(item.path);
      await waitForHydration(page);
      const summary = page.locator("summary", { hasText: /^Embed this/ });
      await summary.click();
      const code = page.locator("details[open] pre code");
      await expect(code).toBeVisible();
      const text = (await code.textContent()) ?? "";
      expect(text).toContain(`src="${siteOrigin}${item.embed?.card}"`);
      expect(text).toContain(`width="${item.embed?.width}" height="${item.embed?.height}"`);
      expect(text).toContain('loading="lazy"');
      expect(text).toMatch(/title="[^"]+"/);
      await page.getByRole("button", { name: "Copy embed code" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Embed code copied" })).toHaveCount(
        1,
      );
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
  },
);
