import type { Page } from "@playwright/test";
// These tests only read pages: each worker runs them in one tab (readerTest in fixtures.ts).
import { elementCount, elementNumbered, elements, expect, readerTest as test } from "./fixtures";

test("content defines the eight key elements, numbered 1 to 8", { tag: "@any-viewport" }, () => {
  expect(elements.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
});

test.describe("reading one key element", { tag: "@any-viewport" }, () => {
  for (const element of elements) {
    test(`${element.number}. ${element.slug} shows its title, position and the release's wording`, async ({
      page,
    }) => {
      const response = await page.goto(`/elements/${element.slug}`);
      expect(response?.status()).toBe(200);

      const h1 = page.getByRole("heading", { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(h1).toHaveText(element.title);

      const header = page.locator("main header").filter({ has: h1 });
      await expect(header).toContainText(
        new RegExp(`(?<!\\d)${element.number} of ${elementCount}(?!\\d)`),
      );

      // The release's words, verbatim: only the typographic quote marks around them are added.
      // They are labelled as the news release's, on screen and to assistive technology.
      const wording = page.getByRole("region", { name: "The news release's words" });
      await expect(wording).toHaveAttribute("id", "report-wording");
      const quoted = wording.locator("blockquote");
      await expect(quoted).toHaveCount(1);
      const text = (await quoted.textContent())?.trim() ?? "";
      expect(text.replace(/^[“"]|[”"]$/g, "")).toBe(element.reportWording);
      const caption = wording.locator("figcaption");
      await expect(caption).toContainText("The news release's words");
      await expect(caption).not.toContainText(/report's words/i);

      // Every heading in the body can be linked to.
      const bodyHeadings = page.locator("main .prose :is(h2, h3, h4)");
      expect(await bodyHeadings.count()).toBeGreaterThan(0);
      const ids = await bodyHeadings.evaluateAll((headings) => headings.map((h) => h.id));
      for (const id of ids) expect(id, "a body heading has no id").toMatch(/^[a-z0-9-]+$/);
      expect(new Set(ids).size, `duplicate heading ids: ${ids.join(", ")}`).toBe(ids.length);
    });
  }
});

test.describe("moving between key elements", () => {
  const pager = (page: Page) => page.getByRole("navigation", { name: "Key elements" });

  test("the first element has no previous link, and next goes to element 2", async ({ page }) => {
    const first = elementNumbered(1);
    const second = elementNumbered(2);
    await page.goto(`/elements/${first.slug}`);
    await expect(pager(page).getByRole("link", { name: /previous element/i })).toHaveCount(0);
    const next = pager(page).getByRole("link", { name: /next element/i });
    await expect(next).toHaveAttribute("href", `/elements/${second.slug}`);
    await next.click();
    await expect(page).toHaveURL(`/elements/${second.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.title);
  });

  test("next from element 4 lands on element 5", async ({ page }) => {
    const fifth = elementNumbered(5);
    await page.goto(`/elements/${elementNumbered(4).slug}`);
    await pager(page)
      .getByRole("link", { name: /next element/i })
      .click();
    await expect(page).toHaveURL(`/elements/${fifth.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fifth.title);
  });

  test("previous from element 8 goes to element 7, and 8 has no next link", async ({ page }) => {
    const seventh = elementNumbered(7);
    await page.goto(`/elements/${elementNumbered(8).slug}`);
    await expect(pager(page).getByRole("link", { name: /next element/i })).toHaveCount(0);
    await pager(page)
      .getByRole("link", { name: /previous element/i })
      .click();
    await expect(page).toHaveURL(`/elements/${seventh.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seventh.title);
  });

  test("“All eight key elements” goes to the list", async ({ page }) => {
    await page.goto(`/elements/${elementNumbered(3).slug}`);
    await pager(page).getByRole("link", { name: "All eight key elements" }).click();
    await expect(page).toHaveURL("/elements");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The eight key elements");
  });
});

test("a link to a heading scrolls it to the top of the window", async ({ page }) => {
  await page.goto("/elements/workforce#what-the-sources-say");
  const heading = page.locator("#what-the-sources-say");
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText(/what the sources say/i);
  await expect(heading).toBeInViewport();
  // Scrolled to, not merely visible on first paint: the heading sits near the top edge.
  await expect.poll(async () => (await heading.boundingBox())?.y ?? Number.NaN).toBeLessThan(100);
  expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual(-2);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test("the elements page lists all eight cards in order", async ({ page }) => {
  const response = await page.goto("/elements");
  expect(response?.status()).toBe(200);
  const cards = page.getByRole("main").getByRole("list").first().getByRole("listitem");
  await expect(cards).toHaveCount(elementCount);
  for (const [index, element] of elements.entries()) {
    const card = cards.nth(index);
    await expect(card).toContainText(`${element.number} of ${elementCount}`);
    const link = card.getByRole("link", { name: element.title, exact: true });
    await expect(link).toHaveAttribute("href", `/elements/${element.slug}`);
  }
});

test("a card on the elements page opens its element", async ({ page }) => {
  const element = elementNumbered(6);
  await page.goto("/elements");
  await page.getByRole("main").getByRole("link", { name: element.title, exact: true }).click();
  await expect(page).toHaveURL(`/elements/${element.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(element.title);
});

test("the home page shows the headline and links to all eight elements", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /changing the structure of children.s services is not enough/i,
  );
  const main = page.getByRole("main");
  for (const element of elements) {
    await expect(main.getByRole("link", { name: element.title, exact: true })).toHaveAttribute(
      "href",
      `/elements/${element.slug}`,
    );
  }
});
