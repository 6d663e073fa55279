// Tests that only read pages share one tab per worker (readerTest in fixtures.ts).
import { expect, readerTest as test } from "./fixtures";

/**
 * Follows every internal link from the home page, as a crawler would: every page it reaches
 * answers 200, and every #anchor it links to exists on the target page.
 */
test(
  "every internal link and anchor on the site resolves",
  { tag: "@any-viewport" },
  async ({ request }) => {
    const pages = new Map<string, string>();
    const queue = ["/"];
    const anchors: { from: string; href: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift() ?? "/";
      if (pages.has(path)) continue;
      const response = await request.get(path);
      expect(response.status(), `${path} did not answer 200`).toBe(200);
      const html = await response.text();
      pages.set(path, html);
      for (const match of html.matchAll(/<a[^>]+href="([^"]+)"/g)) {
        const href = (match[1] ?? "").replaceAll("&amp;", "&");
        if (!href.startsWith("/") && !href.startsWith("#")) continue;
        const [target = "", fragment] = href.split("#", 2);
        const resolved = target === "" ? path : target;
        if (!pages.has(resolved)) queue.push(resolved);
        if (fragment) anchors.push({ from: path, href: `${resolved}#${fragment}` });
      }
    }
    expect(pages.size).toBeGreaterThan(30);
    for (const { from, href } of anchors) {
      const [target = "", fragment = ""] = href.split("#", 2);
      const html = pages.get(target) ?? "";
      expect(html.includes(`id="${fragment}"`), `${from} links to ${href}, a missing anchor`).toBe(
        true,
      );
    }
  },
);
