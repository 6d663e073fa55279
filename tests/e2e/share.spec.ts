import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { readContentBundle } from "../../lib/content/bundle";
import { speakerName } from "../../lib/content/quote-view";
import { expect, test, waitForHydration } from "./fixtures";
import { pagesOfKind, siteOrigin } from "./site";

/** The news release, byte for byte (tests/unit/verify-quotes.test.ts holds it to the original). */
const release = fs
  .readFileSync(path.resolve(__dirname, "../fixtures/source/celcis-news-release.txt"), "utf8")
  .replace(/\s+/g, " ");

const bundle = readContentBundle();
/** One page of each kind that carries the Share control. */
const sharedPages = (["element", "finding", "quote", "speaker"] as const).map((kind) => {
  const [page] = pagesOfKind(kind);
  if (!page) throw new Error(`the site has no ${kind} page`);
  return page;
});

/** Stands in for the Web Share API, recording what the page hands to the share sheet. */
async function stubShareSheet(page: Page, outcome: "shared" | "fails" = "shared") {
  await page.addInitScript((fails) => {
    const calls: ShareData[] = [];
    Object.assign(window, { shareCalls: calls });
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: async (data: ShareData) => {
        calls.push({ title: data.title, url: data.url });
        if (fails) throw new DOMException("No share target", "NotAllowedError");
      },
    });
  }, outcome === "fails");
}

const shareCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);

for (const shared of sharedPages) {
  test(`a ${shared.kind} page opens the share sheet with its title and canonical URL, at the top and at the end`, async ({
    page,
  }) => {
    await stubShareSheet(page);
    await page.goto(shared.path);
    await waitForHydration(page);
    const buttons = page.getByRole("main").getByRole("button", { name: "Share", exact: true });
    await expect(buttons).toHaveCount(2);
    // One near the top of the page, one after the content.
    const [top, end] = await Promise.all([
      buttons.first().boundingBox(),
      buttons.last().boundingBox(),
    ]);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(top?.y ?? height).toBeLessThan(height / 3);
    expect(end?.y ?? 0).toBeGreaterThan(height / 2);
    await buttons.last().click();
    expect(await shareCalls(page)).toEqual([
      { title: shared.title, url: `${siteOrigin}${shared.path}` },
    ]);
    // Nothing was copied, so nothing is announced as copied.
    await expect(page.getByRole("status").filter({ hasText: "copied" })).toHaveCount(0);
  });
}

test("where the share sheet fails, Share copies the link instead and says so", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await stubShareSheet(page, "fails");
  const [element] = sharedPages;
  await page.goto(element?.path ?? "/");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Share", exact: true }).first().click();
  await expect(
    page.getByRole("status").filter({ hasText: "Link to this key element copied" }),
  ).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${siteOrigin}${element?.path}`,
  );
});

for (const shared of sharedPages) {
  test(`without a share sheet, a ${shared.kind} page's control says "Copy link" and copies its canonical URL`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(shared.path);
    await waitForHydration(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined");
    const main = page.getByRole("main");
    await expect(main.getByRole("button", { name: "Share", exact: true })).toHaveCount(0);
    const copy = main.getByRole("button", { name: "Copy link", exact: true });
    await expect(copy).toHaveCount(2);
    await copy.first().click();
    await expect(
      page.getByRole("status").filter({ hasText: /^Link to this .+ copied$/ }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${siteOrigin}${shared.path}`,
    );
  });
}

test("a quote page copies the quote with its attribution, the words exactly as the release has them", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  for (const quote of bundle.quotes.slice(0, 3)) {
    const speaker = bundle.speakers.find((s) => s.slug === quote.speaker);
    const source = bundle.sources.find((s) => s.slug === quote.source);
    if (!speaker || !source) throw new Error(`no speaker or source for ${quote.id}`);
    await page.goto(`/quotes/${quote.id}`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Copy quote with attribution" }).first().click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "The quote, its speaker, source and link copied" }),
    ).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [words, attribution, link] = copied.split("\n");
    // The words: the content's, and word for word in the news release.
    const spoken = /^“(.*)”$/.exec(words ?? "")?.[1] ?? "";
    expect(spoken).toBe(quote.text.trim().replace(/\s+/g, " "));
    expect(release).toContain(spoken);
    expect(attribution).toContain(
      `${speakerName(speaker)}, ${speaker.role}, ${speaker.organisation}.`,
    );
    expect(attribution).toContain(`Source: ${source.title} (${source.publisher}`);
    expect(link).toBe(`${siteOrigin}/quotes/${quote.id}`);
  }
});
