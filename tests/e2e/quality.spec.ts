// Tests that only read pages share one tab per worker (readerTest in fixtures.ts).
import { expect, readerTest as test } from "./fixtures";
import { sitePages } from "./site";

/** One page of each kind, for the checks that behave alike on every page of a kind. */
const ONE_OF_EACH_KIND = [...new Map(sitePages.map((p) => [p.kind, p.path])).values()];

test("responses carry the security headers", { tag: "@any-viewport" }, async ({ request }) => {
  for (const path of ["/", ONE_OF_EACH_KIND[1] ?? "/elements", "/no-such-page"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toMatch(
      /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
    );
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/);
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test(
  "content pages come from the prerender cache, with headers a CDN can use",
  { tag: "@any-viewport" },
  async ({ request }) => {
    for (const path of ONE_OF_EACH_KIND) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(response.status(), path).toBe(200);
      expect(headers["x-nextjs-cache"], path).toBe("HIT");
      expect(headers["cache-control"], path).toMatch(/s-maxage=\d+/);
      expect(headers["etag"], path).toBeTruthy();
      const again = await request.get(path, {
        headers: { "if-none-match": headers["etag"] ?? "" },
      });
      expect(again.status(), path).toBe(304);
    }
  },
);

test("no page breaks its own Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ONE_OF_EACH_KIND) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

/**
 * Odd addresses people and robots send: each gets a page, a 404 or a 405, never a crash.
 * Broken percent-encoding in a dynamic segment (/elements/%ZZ) would be a bare 500 from Next
 * (vercel/next.js#92527); scripts/server.mjs answers it with the site's 404 page.
 */
const ODD_URLS = [
  "/elements/no-such-element",
  "/quotes/no-such-quote",
  "/findings/no-such-finding",
  "/speakers/nobody",
  "/quotes?speaker=nobody&element=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  `/search?q=${"a".repeat(10_000)}`,
  "/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "/elements/%00",
  "/elements/workforce%00",
  "/..%2f..%2fetc%2fpasswd",
  "/elements/..%2f..%2fpackage.json",
  "/%E2%80%AE%F0%9F%98%80",
  "/elements/%ZZ",
  "/quotes/%E0%A4%A",
  "/quotes/page/%ZZ",
];

test(
  "odd addresses get a page or a 404, never a crash or an echo",
  { tag: "@any-viewport" },
  async ({ request }) => {
    for (const url of ODD_URLS) {
      const response = await request.get(url);
      expect(response.status(), `${url.slice(0, 80)} answered a server error`).toBeLessThan(500);
      expect([200, 400, 404], `${url.slice(0, 80)} answered ${response.status()}`).toContain(
        response.status(),
      );
      const body = await response.text();
      expect(body, `${url.slice(0, 80)} echoed markup`).not.toMatch(/<script>alert|<img src=x/i);
      expect(body, `${url.slice(0, 80)} showed a file from the server`).not.toContain("root:x:0");
      expect(body, `${url.slice(0, 80)} showed a stack trace`).not.toMatch(
        /\n\s+at .+\(.+:\d+:\d+\)/,
      );
    }
  },
);

test(
  "methods other than GET and HEAD are refused, not crashed on",
  { tag: "@any-viewport" },
  async ({ request }) => {
    for (const path of ["/", "/elements/workforce", "/sitemap.xml"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await request.fetch(path, { method, data: "x=1" });
        expect(response.status(), `${method} ${path}`).toBeLessThan(500);
      }
    }
  },
);

// WCAG 2.5.8: every target at least 24 by 24 CSS pixels, or spaced so that a 24 px circle on it
// touches no other target (the "spacing" exception); links inside running text are exempt.
test("buttons and stand-alone links meet the 24 by 24 pixel target size", async ({ page }) => {
  for (const path of ONE_OF_EACH_KIND) {
    await page.goto(path);
    const failing = await page.evaluate(() => {
      type Target = { label: string; box: DOMRect; small: boolean };
      const targets: Target[] = [];
      for (const el of document.querySelectorAll<HTMLElement>("a[href], button, summary, input")) {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
        const parent = el.parentElement;
        const inSentence =
          el.tagName === "A" &&
          style.display === "inline" &&
          (parent?.textContent ?? "").trim().length > (el.textContent ?? "").trim().length + 1;
        if (inSentence) continue;
        const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
        targets.push({ label, box, small: box.width < 24 || box.height < 24 });
      }
      const centre = (b: DOMRect) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
      const distanceToBox = (p: { x: number; y: number }, b: DOMRect) =>
        Math.hypot(
          Math.max(b.left - p.x, 0, p.x - b.right),
          Math.max(b.top - p.y, 0, p.y - b.bottom),
        );
      return targets
        .filter((t) => t.small)
        .filter((t) =>
          targets.some((other) => {
            if (other === t) return false;
            const c = centre(t.box);
            if (other.small) {
              const o = centre(other.box);
              return Math.hypot(c.x - o.x, c.y - o.y) < 24;
            }
            return distanceToBox(c, other.box) < 12;
          }),
        )
        .map((t) => `${t.label} ${Math.round(t.box.width)}x${Math.round(t.box.height)}`);
    });
    expect(failing, `${path} has targets under 24x24 that crowd others`).toEqual([]);
  }
});
