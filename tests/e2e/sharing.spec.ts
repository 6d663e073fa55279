import { readContentBundle } from "../../lib/content/bundle";
import { speakerName } from "../../lib/content/quote-view";
import { dataCatalogue } from "../../lib/data/catalogue";
import { fileHeaders } from "../../lib/data/file-headers";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import { expect, readerTest as test, test as testInOwnContext, waitForHydration } from "./fixtures";
import {
  canonicalOf,
  jsonLdOf,
  metaContent,
  pagesOfKind,
  listedPages,
  pngSize,
  siteOrigin,
} from "./site";

/** Server answers that do not depend on the window size: checked on desktop only. */
const ANY_VIEWPORT = { tag: "@any-viewport" };

const [firstElement] = pagesOfKind("element");
const [firstFinding] = pagesOfKind("finding");
if (!firstElement || !firstFinding) throw new Error("the site has no element or finding pages");

/** An attribute's value as written in HTML, with the entities React writes decoded. */
const decoded = (value: string | undefined) =>
  value
    ?.replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");

const bundle = readContentBundle();
/** A quote as its page should lead with it: the words, and its speaker as the site names them. */
const quoteFacts = bundle.quotes.map((q) => {
  const speaker = bundle.speakers.find((s) => s.slug === q.speaker);
  if (!speaker) throw new Error(`no speaker for ${q.id}`);
  return { id: q.id, text: q.text.trim().replace(/\s+/g, " "), speaker: speakerName(speaker) };
});
const shortQuote = quoteFacts.find((q) => q.text.length <= 100);
const longQuote = quoteFacts.find((q) => q.text.length > 200);
if (!shortQuote || !longQuote) throw new Error("the content has no short or no long quote");

test("every page's canonical URL and og:url are on SITE_URL", ANY_VIEWPORT, async ({ request }) => {
  expect(listedPages.length).toBeGreaterThan(30);
  for (const page of listedPages) {
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
  "each element, finding and quote page has its own 1200×630 PNG preview image, its alt text its own",
  ANY_VIEWPORT,
  async ({ request }) => {
    const pages = [...pagesOfKind("element"), ...pagesOfKind("finding"), ...pagesOfKind("quote")];
    expect(pages.length).toBeGreaterThan(8);
    const alts = new Set<string>();
    for (const page of pages) {
      const html = await (await request.get(page.path)).text();
      const image = metaContent(html, "og:image");
      expect(image, page.path).toBeDefined();
      const url = new URL(image ?? "");
      expect(url.pathname).toBe(`${page.path}/opengraph-image`);
      const alt = decoded(metaContent(html, "og:image:alt"));
      expect(alt, page.path).toBe(page.imageAlt);
      expect(decoded(metaContent(html, "twitter:image:alt")), page.path).toBe(alt);
      alts.add(alt ?? "");
      const response = await request.get(`${url.pathname}${url.search}`);
      expect(response.status(), url.pathname).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body()), url.pathname).toEqual({ width: 1200, height: 630 });
    }
    expect(alts.size).toBe(pages.length);
  },
);

test(
  "a shared quote previews with its own words and its speaker, a long one marked as its opening",
  ANY_VIEWPORT,
  async ({ request }) => {
    for (const quote of [shortQuote, longQuote]) {
      const html = await (await request.get(`/quotes/${quote.id}`)).text();
      const title = decoded(metaContent(html, "og:title")) ?? "";
      const description = decoded(metaContent(html, "og:description")) ?? "";
      expect(decoded(/<title>([^<]*)<\/title>/.exec(html)?.[1])).toContain(title);
      expect(title).toContain(quote.speaker);
      expect(description).toContain(quote.speaker);
      expect(description).toContain(`“${quote.text}”`);
      const words = /^“(.*)”/.exec(title)?.[1] ?? "";
      if (quote === shortQuote) {
        expect(words).toBe(quote.text);
      } else {
        // Its opening words, marked as such: never a shortened quote that passes for the whole.
        expect(title).toContain("” (opening words)");
        expect(words.endsWith("…")).toBe(true);
        expect(quote.text.startsWith(words.slice(0, -1))).toBe(true);
        expect(words.length).toBeLessThan(quote.text.length);
      }
    }
  },
);

test("a quote page leads with the quote, then its speaker, source and the report's date", async ({
  page,
}) => {
  await page.goto(`/quotes/${shortQuote.id}`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(`“${shortQuote.text}”`);
  await expect(page.locator("main blockquote h1")).toHaveCount(1);
  const caption = page.locator("main figure").first().locator("figcaption");
  await expect(caption.getByRole("link", { name: shortQuote.speaker, exact: true })).toBeVisible();
  await expect(caption.locator("cite")).toHaveCount(1);
  await expect(caption).toContainText("13 December 2023");

  await page.goto(`/quotes/${longQuote.id}`);
  const heading = (await h1.textContent()) ?? "";
  expect(heading.endsWith("(opening words)")).toBe(true);
  const opening = /^“(.*)…”/.exec(heading)?.[1] ?? "";
  expect(opening.length).toBeGreaterThan(20);
  expect(longQuote.text.startsWith(opening)).toBe(true);
  // The whole quote, word for word, directly below the heading.
  const whole = page.locator("main h1 + blockquote");
  await expect(whole).toHaveText(`“${longQuote.text}”`);
  const [headingBox, quoteBox] = await Promise.all([h1.boundingBox(), whole.boundingBox()]);
  expect((quoteBox?.y ?? 0) - ((headingBox?.y ?? 0) + (headingBox?.height ?? 0))).toBeLessThan(40);
});

test(
  "/data documents every data file, each served as it says, the CSV with a byte order mark",
  ANY_VIEWPORT,
  async ({ request }) => {
    const html = await (await request.get("/data")).text();
    for (const group of dataCatalogue) {
      expect(html, group.id).toContain(`id="${group.id}"`);
      for (const file of group.files) {
        expect(html, file.path).toContain(`href="${file.path}"`);
        const response = await request.get(file.path);
        expect(response.status(), file.path).toBe(200);
        for (const set of group.fieldSets) {
          for (const field of set.fields)
            expect(html, `${file.path}: ${field.name}`).toContain(field.name);
        }
      }
    }
    const csv = await (await request.get("/data/quotes.csv")).body();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const elements = (await (await request.get("/data/elements.json")).json()) as {
      count: number;
      records: { slug: string; releaseWording: { label: string; text: string } }[];
    };
    expect(elements.count).toBe(bundle.elements.length);
    expect(elements.records.map((r) => r.slug)).toEqual(
      [...bundle.elements].sort((a, b) => a.number - b.number).map((e) => e.slug),
    );
    for (const record of elements.records) expect(record.releaseWording.text).not.toBe("");
  },
);

test("the open data page is linked from the footer, from About and from the open data blocks", async ({
  page,
}) => {
  for (const path of ["/about", "/quotes", "/findings"]) {
    await page.goto(path);
    await expect(page.locator("#open-data").locator('a[href="/data"]')).toHaveCount(1);
  }
  await page.goto("/");
  await expect(page.locator('footer a[href="/data"]')).toHaveCount(1);
});

test(
  "the sitemap lists every page and robots.txt points at it",
  ANY_VIEWPORT,
  async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toEqual(listedPages.map((p) => `${siteOrigin}${p.path}`));
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
    await page.getByRole("button", { name: "Copy link", exact: true }).first().click();
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
    await page.getByRole("button", { name: "Copy link", exact: true }).first().click();
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
  // Both Share controls (at the top and the end) are for screens only.
  const share = page.getByRole("button", { name: "Copy link", exact: true, includeHidden: true });
  await expect(share).toHaveCount(2);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  for (const control of await share.all()) await expect(control).toBeHidden();
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
