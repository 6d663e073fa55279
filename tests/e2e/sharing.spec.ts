import { fileHeaders } from "../../lib/data/file-headers";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import { expect, readerTest as test, test as testInOwnContext, waitForHydration } from "./fixtures";
import {
  canonicalOf,
  jsonLdOf,
  metaContent,
  pagesOfKind,
  pngSize,
  siteOrigin,
  sitePages,
} from "./site";

/** Server answers that do not depend on the window size: checked on desktop only. */
const ANY_VIEWPORT = { tag: "@any-viewport" };

const [firstElement] = pagesOfKind("element");
const [firstFinding] = pagesOfKind("finding");
if (!firstElement || !firstFinding) throw new Error("the site has no element or finding pages");

test("every page's canonical URL and og:url are on SITE_URL", ANY_VIEWPORT, async ({ request }) => {
  expect(sitePages.length).toBeGreaterThan(30);
  for (const page of sitePages) {
    const html = await (await request.get(page.path)).text();
    const expected = `${siteOrigin}${page.path === "/" ? "" : page.path}`;
    expect(canonicalOf(html)?.replace(/\/$/, ""), page.path).toBe(expected);
    expect(metaContent(html, "og:url")?.replace(/\/$/, ""), page.path).toBe(expected);
    expect(metaContent(html, "twitter:card"), page.path).toBe("summary_large_image");
    expect(metaContent(html, "og:image"), page.path).toMatch(new RegExp(`^${siteOrigin}/`));
    expect(metaContent(html, "twitter:image"), page.path).toBe(metaContent(html, "og:image"));
  }
});

test(
  "each element and quote page has its own 1200×630 PNG preview image",
  ANY_VIEWPORT,
  async ({ request }) => {
    const pages = [...pagesOfKind("element"), ...pagesOfKind("quote")];
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const html = await (await request.get(page.path)).text();
      const image = metaContent(html, "og:image");
      expect(image, page.path).toBeDefined();
      const url = new URL(image ?? "");
      expect(url.pathname).toBe(`${page.path}/opengraph-image`);
      const response = await request.get(`${url.pathname}${url.search}`);
      expect(response.status(), url.pathname).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body()), url.pathname).toEqual({ width: 1200, height: 630 });
    }
  },
);

test(
  "the sitemap lists every page and robots.txt points at it",
  ANY_VIEWPORT,
  async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toEqual(sitePages.map((p) => `${siteOrigin}${p.path}`));
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
    const manifest = (await (await request.get("/manifest.webmanifest")).json()) as {
      icons: { src: string }[];
    };
    for (const icon of manifest.icons) {
      expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    }
  },
);

test(
  "the report's BibTeX and RIS files carry its title and date, and download as their types",
  ANY_VIEWPORT,
  async ({ request }) => {
    for (const { path, headers } of Object.values(fileHeaders)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      for (const [key, value] of Object.entries(headers)) {
        expect(response.headers()[key.toLowerCase()], `${path}: ${key}`).toBe(value);
      }
    }
    const bib = await (await request.get("/report.bib")).text();
    expect(bib).toMatch(/^@techreport\{/);
    expect(bib).toContain(
      "title = {{Children's Services Reform Research: Learning and Implications for Scotland}}",
    );
    expect(bib).toContain("date = {2023-12-13}");
    const ris = await (await request.get("/report.ris")).text();
    expect(ris).toMatch(/^TY {2}- RPRT\r\n/);
    expect(ris).toContain("DA  - 2023/12/13");
  },
);

test(
  "structured data describes the report, the quotes and the breadcrumbs",
  ANY_VIEWPORT,
  async ({ request }) => {
    const about = jsonLdOf(await (await request.get("/about")).text());
    const report = about.find((d) => d["@type"] === "Report");
    expect(report).toMatchObject({
      datePublished: "2023-12-13",
      author: { "@type": "Organization", name: "CELCIS" },
      publisher: { "@type": "Organization", name: "CELCIS" },
    });
    const [quotePage] = pagesOfKind("quote");
    const quoteData = jsonLdOf(await (await request.get(quotePage?.path ?? "/")).text());
    expect(quoteData.find((d) => d["@type"] === "Quotation")).toMatchObject({
      creator: { "@type": "Person" },
      url: `${siteOrigin}${quotePage?.path}`,
    });
    const elementData = jsonLdOf(await (await request.get(firstElement.path)).text());
    const crumbs = elementData.find((d) => d["@type"] === "BreadcrumbList");
    expect(crumbs?.itemListElement).toHaveLength(3);
  },
);

testInOwnContext(
  "copy link on an element page copies its canonical URL and says so",
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(firstElement.path);
    await page.getByRole("button", { name: "Copy link", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Link to this key element copied" }),
    ).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${siteOrigin}${firstElement.path}`,
    );
  },
);

testInOwnContext(
  "copy link on a finding page copies its canonical URL",
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(firstFinding.path);
    await page.getByRole("button", { name: "Copy link", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Link to this finding copied" }),
    ).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${siteOrigin}${firstFinding.path}`,
    );
  },
);

testInOwnContext(
  "cite this copies the Harvard citation shown on the page",
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/about#cite");
    const cite = page.locator("#cite");
    await cite.getByRole("button", { name: "Copy Harvard citation" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("CELCIS (2023) Children's Services Reform Research");
    await expect(cite.getByText(copied, { exact: true })).toBeVisible();
  },
);

test("a link to a section lands with its heading in view", async ({ page }) => {
  await page.goto(`${firstElement.path}#sources`);
  const heading = page.locator("#sources").getByRole("heading").first();
  await expect(heading).toBeInViewport();
  // Below the site header if that header stays on screen (sticky or fixed), else below the top.
  const clear = await page.evaluate(() => {
    const header = document.querySelector("body > header");
    const position = header ? getComputedStyle(header).position : "static";
    return position === "sticky" || position === "fixed"
      ? (header?.getBoundingClientRect().bottom ?? 0)
      : 0;
  });
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(clear);
});

test("an element page prints without navigation or buttons, with link addresses, in dark ink", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(firstElement.path);
  await waitForHydration(page);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link", exact: true })).toBeHidden();
  const link = page.locator('main a[href^="/findings/"]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(after).toMatch(/attr\(href\)|\/findings\//);
  // The line under the title uses a theme colour: on paper it must be the light theme's, dark
  // enough to read on white (WCAG AA, 4.5:1), never the dark theme's pale one.
  const muted = page.getByRole("main").locator("header p").first();
  await expect(muted).toHaveText(/Key element \d of \d/i);
  const ink = await muted.evaluate((el) => getComputedStyle(el).color);
  const [r = 0, g = 0, b = 0] = (ink.match(/\d+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const contrastOnWhite = 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  expect(contrastOnWhite, `text colour ${ink} on paper`).toBeGreaterThan(4.5);
});
