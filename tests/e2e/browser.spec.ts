import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import {
  elements,
  expect,
  quotes,
  readContentYaml,
  readerTest as test,
  showFilters,
  test as testInOwnContext,
  waitForHydration,
} from "./fixtures";
import { axeViolations } from "./axe";
import { siteOrigin } from "./site";

const speakers = readContentYaml("speakers").map((data) => String(data.slug));

/** The ids of the quotes the page shows. */
const shownIds = (page: Page) =>
  page.locator("main figure[id]").evaluateAll((els) => els.map((e) => e.id));

test("choosing a speaker puts it in the URL; reload keeps it; Back undoes it", async ({ page }) => {
  await page.goto("/quotes");
  await waitForHydration(page);
  const speaker = "heather-ottaway";
  await showFilters(page);
  await page.getByLabel("Speaker").selectOption(speaker);
  await expect(page).toHaveURL(`/quotes?speaker=${speaker}`);
  const expected = quotes.filter((q) => q.speaker === speaker).map((q) => q.id);
  await expect.poll(() => shownIds(page)).toEqual(expected);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel("Speaker")).toHaveValue(speaker);
  await expect.poll(() => shownIds(page)).toEqual(expected);

  await page.goBack();
  await expect(page).toHaveURL("/quotes");
  await expect.poll(() => shownIds(page)).toEqual(quotes.map((q) => q.id));
});

test("?speaker= shows exactly that speaker's quotes after a load, for each speaker", async ({
  page,
}) => {
  for (const speaker of speakers) {
    await page.goto(`/quotes?speaker=${speaker}`);
    await waitForHydration(page);
    const expected = quotes.filter((q) => q.speaker === speaker).map((q) => q.id);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => shownIds(page)).toEqual(expected);
  }
});

test("?element= and ?q= narrow the quotes, and counts sit beside the choices", async ({ page }) => {
  const element = elements.find((e) => quotes.some((q) => q.elements.includes(e.slug)));
  if (!element) throw new Error("no element has quotes");
  const expected = quotes.filter((q) => q.elements.includes(element.slug)).map((q) => q.id);
  await page.goto(`/quotes?element=${element.slug}`);
  await waitForHydration(page);
  await expect.poll(() => shownIds(page)).toEqual(expected);
  await expect(page.getByLabel("Key element").locator("option:checked")).toHaveText(
    `${element.title} (${expected.length})`,
  );

  await page.goto("/quotes?q=poverty");
  await waitForHydration(page);
  const withPoverty = quotes.filter((q) => /poverty/i.test(q.text)).map((q) => q.id);
  await expect.poll(() => shownIds(page)).toEqual(withPoverty);
  await expect(page.getByLabel("Words in the quote")).toHaveValue("poverty");
});

test("an unknown speaker in the URL gets a clear message and a way to clear it", async ({
  page,
}) => {
  await page.goto("/quotes?speaker=nobody-at-all");
  await waitForHydration(page);
  await expect(page.getByText("no speaker called “nobody-at-all”")).toBeVisible();
  await expect.poll(() => shownIds(page)).toHaveLength(quotes.length);
  await page.getByRole("button", { name: "Clear the speaker filter" }).click();
  await expect(page).toHaveURL("/quotes");
  await expect(page.getByText("no speaker called")).toHaveCount(0);
});

testInOwnContext(
  "a quote's page copies its canonical URL to the clipboard",
  async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const quote = quotes[0];
    if (!quote) throw new Error("no quotes");
    await page.goto("/quotes");
    await waitForHydration(page);
    await page
      .locator(`figure[id="${quote.id}"]`)
      .getByRole("link", { name: /this quote’s page/i })
      .click();
    await expect(page).toHaveURL(`/quotes/${quote.id}`);
    await page.getByRole("button", { name: "Copy link", exact: true }).first().click();
    await expect(
      page.getByRole("status").filter({ hasText: "Link to this quote copied" }),
    ).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${siteOrigin}/quotes/${quote.id}`);
  },
);

test("a quote's page shows its neighbours, elements, citation and pager", async ({ page }) => {
  const index = quotes.findIndex((q) => q.id === "burns-collaborative-leadership");
  const quote = quotes[index];
  if (!quote) throw new Error("content lost burns-collaborative-leadership");
  await page.goto(`/quotes/${quote.id}`);
  await expect(page.locator("main blockquote").first()).toContainText(quote.text.trim());
  await expect(page.locator("#context")).toContainText(quotes[index - 1]?.text.trim() ?? "?");
  await expect(page.locator("#cite")).toContainText(
    `Burns, C. (2023) '${quote.text.trim()}', quoted in University of Strathclyde`,
  );
  await expect(page.getByRole("link", { name: /previous quote/i })).toHaveAttribute(
    "href",
    `/quotes/${quotes[index - 1]?.id}`,
  );
  await expect(page.getByRole("link", { name: "Claire Burns", exact: true })).toHaveAttribute(
    "href",
    `/speakers/claire-burns#${quote.id}`,
  );
});

test("findings filter by kind and element, kept in the URL", async ({ page }) => {
  await page.goto("/findings");
  await waitForHydration(page);
  const all = await page.locator("main h3 a").count();
  await showFilters(page);
  await page.getByLabel("Kind of finding").selectOption("priority");
  await expect(page).toHaveURL("/findings?kind=priority");
  await expect(page.locator("main h2", { hasText: "Priorities" })).toHaveCount(1);
  await expect(page.locator("main section:has(h3 a) > h2")).toHaveCount(1);
  const priorities = await page.locator("main h3 a").count();
  expect(priorities).toBeLessThan(all);
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator("main h3 a")).toHaveCount(priorities);
  await page.goBack();
  await expect(page.locator("main h3 a")).toHaveCount(all);
});

test("findings filter by words, a hyphenated word matching its parts", async ({ page }) => {
  await page.goto("/findings");
  await waitForHydration(page);
  const all = await page.locator("main h3 a").count();
  await page.goto("/findings?q=third-sector");
  await waitForHydration(page);
  await expect(page.getByLabel("Words in the finding")).toHaveValue("third-sector");
  // The list's own status line (each "Add to brief" button has a status of its own too).
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toContainText(
    "containing “third-sector”",
  );
  const matching = await page.locator("main h3 a").count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(all);
  await showFilters(page);
  await page.getByLabel("Words in the finding").fill("third sector");
  await expect(page).toHaveURL("/findings?q=third+sector");
  await expect(page.locator("main h3 a")).toHaveCount(matching);
  await page.getByLabel("Words in the finding").fill("zzqxv");
  await expect(page.getByText("No finding matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Show all findings" }).click();
  await expect(page).toHaveURL("/findings");
  await expect(page.locator("main h3 a")).toHaveCount(all);
});

testInOwnContext.describe("without JavaScript", () => {
  testInOwnContext.use({ javaScriptEnabled: false });

  testInOwnContext("/quotes lists every quote and #<id> links land on theirs", async ({ page }) => {
    await page.goto("/quotes");
    await expect(page.locator("main figure[id]")).toHaveCount(quotes.length);
    const last = quotes[quotes.length - 1];
    await page.goto(`/quotes#${last?.id}`);
    await expect(page.locator(`figure[id="${last?.id}"]`)).toBeInViewport();
  });

  testInOwnContext("/findings?q=… still lists every finding", async ({ page }) => {
    const findingFiles = fs
      .readdirSync(path.resolve(__dirname, "../../content/findings"))
      .filter((name) => name.endsWith(".mdx"));
    await page.goto("/findings?q=zzqxv");
    await expect(page.locator("main h3 a")).toHaveCount(findingFiles.length);
  });
});

test(
  "the data files are served and hold every quote and finding",
  { tag: "@any-viewport" },
  async ({ request }) => {
    const json = await (await request.get("/data/quotes.json")).json();
    expect(json.records.map((r: { id: string }) => r.id)).toEqual(quotes.map((q) => q.id));
    const csv = await request.get("/data/quotes.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    for (const quote of quotes) expect(text).toContain(`${quote.id},`);
    const findings = await (await request.get("/data/findings.json")).json();
    const findingFiles = fs
      .readdirSync(path.resolve(__dirname, "../../content/findings"))
      .filter((name) => name.endsWith(".mdx"));
    expect(findingFiles.length).toBeGreaterThan(0);
    expect(findings.records).toHaveLength(findingFiles.length);
  },
);

/**
 * The browsers' filtered views, which the sweep over every page (a11y.spec.ts) does not reach:
 * the unfiltered pages are checked there.
 */
const AXE_PAGES = [
  "/quotes?speaker=claire-burns&element=workforce",
  "/quotes?speaker=nobody",
  "/quotes?q=children",
  "/findings?kind=priority",
  "/findings?q=third-sector",
  "/findings?element=workforce&kind=gossip",
];

for (const path of AXE_PAGES) {
  test(`${path} has no WCAG 2.2 AA violations (light and dark)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await waitForHydration(page);
    await expect(page.getByText("Loading the quotes…")).toHaveCount(0);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /\blight\b/);
      // Only colours change between the themes: the dark run checks the colour rules alone.
      const violations = await axeViolations(page, scheme === "light" ? "wcag" : "theme");
      expect(
        violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      ).toEqual([]);
    }
  });
}

// WCAG 1.4.10 Reflow, for the filtered views (a11y.spec.ts checks every page unfiltered).
test("the browser's pages reflow to 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of AXE_PAGES) {
    await page.goto(path);
    await waitForHydration(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${path} is ${scrollWidth}px wide at 320px`).toBeLessThanOrEqual(
      clientWidth,
    );
  }
});
