// These tests only read pages: each worker runs them in one tab (readerTest in fixtures.ts).
import { elements, expect, quotes, readContentYaml, readerTest as test } from "./fixtures";

const speakers = readContentYaml("speakers").map((data) => ({
  slug: String(data.slug),
  name: String(data.name),
}));

/** The text of a rendered quote, without the typographic marks around it. */
const unquoted = (text: string | null) => (text ?? "").trim().replace(/^“|”$/g, "");

test("/quotes shows every quote word for word, with its speaker, and each source once per group", async ({
  page,
}) => {
  await page.goto("/quotes");
  const figures = page.locator("main figure");
  await expect(figures).toHaveCount(quotes.length);
  for (const quote of quotes) {
    const figure = page.locator(`figure[id="${quote.id}"]`);
    await expect(figure).toHaveCount(1);
    expect(unquoted(await figure.locator("blockquote").textContent())).toBe(
      quote.text.replace(/\s+/g, " ").trim(),
    );
    const caption = figure.locator("figcaption");
    const speaker = speakers.find((s) => s.slug === quote.speaker);
    await expect(caption).toContainText(speaker?.name ?? "(unknown speaker)");
    await expect(caption.locator("cite")).toHaveCount(0);
  }
  for (const group of await page.locator("main section:has(figure)").all()) {
    await expect(group.locator("cite")).toHaveCount(1);
  }
});

test("each speaker's page lists their quotes in source order, each with its own anchor", async ({
  page,
}) => {
  for (const speaker of speakers) {
    await page.goto(`/speakers/${speaker.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(speaker.name);
    const expected = quotes.filter((q) => q.speaker === speaker.slug).map((q) => q.id);
    expect(expected.length).toBeGreaterThan(0);
    const ids = await page.locator("#quotes figure[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(expected);
  }
});

test("a quote's “in context” link lands on that quote on its speaker's page", async ({ page }) => {
  const quote = quotes.find((q) => q.speaker === "claire-burns");
  if (!quote) throw new Error("no quote by claire-burns in content");
  await page.goto("/quotes");
  await page
    .locator(`figure[id="${quote.id}"]`)
    .getByRole("link", { name: /in context/i })
    .click();
  await expect(page).toHaveURL(`/speakers/claire-burns#${quote.id}`);
  const target = page.locator(`figure[id="${quote.id}"]`);
  await expect(target).toBeInViewport();
  expect(unquoted(await target.locator("blockquote").textContent())).toBe(
    quote.text.replace(/\s+/g, " ").trim(),
  );
});

test("the About page has a dated timeline, each event with a <time> and a source link", async ({
  page,
}) => {
  const events = readContentYaml("timeline");
  await page.goto("/about");
  const items = page.locator("#timeline li");
  await expect(items).toHaveCount(events.length);
  for (const event of events) {
    const item = page.locator(`#timeline li[id="${String(event.slug)}"]`);
    const datetime = await item.locator("time").getAttribute("datetime");
    expect(String(event.date).startsWith(datetime ?? "(none)")).toBe(true);
    await expect(item.getByRole("link")).not.toHaveCount(0);
  }
});

test("each element page shows the first quotes that speak to it, only those, and links to all", async ({
  page,
}) => {
  for (const element of elements) {
    await page.goto(`/elements/${element.slug}`);
    const expected = quotes.filter((q) => q.elements.includes(element.slug));
    const shown = await page
      .locator("#quotes blockquote")
      .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    // The first two in source order (the page stays short to scan); the browser has them all.
    expect(shown.map(unquoted)).toEqual(
      expected.slice(0, 2).map((q) => q.text.replace(/\s+/g, " ").trim()),
    );
    if (expected.length > 0) {
      await expect(
        page.locator(`#quotes a[href="/quotes?element=${element.slug}"]`),
        element.slug,
      ).toHaveCount(1);
    }
  }
});
