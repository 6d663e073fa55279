import fs from "node:fs";
import path from "node:path";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts).
import { expect, readerTest as test, waitForHydration } from "./fixtures";
import { pagesOfKind, sitePages } from "./site";

/**
 * The static export under a plain static file server: what a CDN would serve. Runs only in
 * playwright.export.config.ts.
 */
const ANY_VIEWPORT = { tag: "@any-viewport" };
const OUT = path.resolve(__dirname, "../../out");

test(
  "every page of the site is in the export and answers 200",
  ANY_VIEWPORT,
  async ({ request }) => {
    for (const page of sitePages) {
      const response = await request.get(page.path);
      expect(response.status(), page.path).toBe(200);
      expect(response.headers()["content-type"], page.path).toMatch(/^text\/html/);
    }
  },
);

test("the host gets the security headers in out/_headers", ANY_VIEWPORT, async ({ request }) => {
  const headersFile = fs.readFileSync(path.join(OUT, "_headers"), "utf8");
  expect(headersFile).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/);
  const response = await request.get("/");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("hashed assets may be cached for a year", ANY_VIEWPORT, async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const response = await request.get(script ?? "/_next/static/missing.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/")).headers()["cache-control"]).toBeUndefined();
});

test("HEAD requests and the prefetch files are served", ANY_VIEWPORT, async ({ request }) => {
  const [element] = pagesOfKind("element");
  const head = await request.head(element?.path ?? "/");
  expect(head.status()).toBe(200);
  const prefetchFiles = fs
    .readdirSync(path.join(OUT, "elements"), { recursive: true, encoding: "utf8" })
    .filter((name) => /__next\..*\.txt$/.test(name));
  expect(prefetchFiles.length).toBeGreaterThan(0);
  const file = prefetchFiles[0] ?? "";
  expect((await request.get(`/elements/${file}`)).status()).toBe(200);
});

test("moving between pages works in the browser with no policy violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await waitForHydration(page);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Key elements" })
    .click();
  await expect(page).toHaveURL("/elements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The eight key elements");
  const [element] = pagesOfKind("element");
  await page.locator(`main a[href="${element?.path}"]`).first().click();
  await expect(page).toHaveURL(element?.path ?? "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(element?.title ?? "");
  expect(violations).toEqual([]);
});
