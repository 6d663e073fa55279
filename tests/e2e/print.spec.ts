import type { Page } from "@playwright/test";
import { elements, expect, test } from "./fixtures";

/** At most this many A4 sheets for an element page (issue 20: it took 15). */
const MAX_PAGES = 5;

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** Every link in the printed page whose ::after prints something, with that text. */
function printedSuffixes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((links) =>
    links
      .filter((link) => link.getClientRects().length > 0)
      .map((link) => ({
        text: (link.textContent ?? "").trim().slice(0, 40),
        after: getComputedStyle(link, "::after").content,
      }))
      .filter(({ after }) => after !== "none" && after !== "normal" && after.includes("(")),
  );
}

// PDF output is Chromium's and the same at any window size: run once.
test.describe("printing", { tag: "@any-viewport" }, () => {
  for (const element of elements) {
    test(`/elements/${element.slug} prints on at most ${MAX_PAGES} A4 pages`, async ({ page }) => {
      await page.goto(`/elements/${element.slug}`);
      const pdf = await page.pdf({ format: "A4" });
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);
    });
  }

  test("an element page prints the site's name and its own full address", async ({ page }) => {
    await page.goto("/elements/workforce");
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(/^https?:\/\/.+\/elements\/workforce$/);
    await expect(page.locator("[data-print-address]")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    const line = page.locator("[data-print-address]");
    await expect(line).toBeVisible();
    await expect(line).toHaveText(`Children's Services Reform Research: ${canonical}`);
    expect(await page.locator("body").innerText()).toContain(canonical ?? "");
  });

  test("the citations, folded away on screen, print in full", async ({ page }) => {
    await page.goto("/elements/workforce");
    const cite = page.locator("#cite");
    const harvard = cite.locator("dd p").first();
    await expect(harvard).toBeHidden();
    await expect(cite.getByText("Show the Harvard and APA citations")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(harvard).toBeVisible();
    await expect(harvard).toContainText("Key element 4: A skilled, supported workforce");
    await expect(cite.locator("dd p")).toHaveCount(2);
    await expect(cite.locator("summary")).toBeHidden();
  });

  test("prints no site path after tags, cards or navigation, and no controls", async ({ page }) => {
    await page.goto("/elements/workforce");
    await page.emulateMedia({ media: "print" });
    // Tags, element cards, finding titles, quote captions and any navigation: no "(/…)".
    for (const selector of ["a[data-element]", "main h2 a, main h3 a", "figcaption a", "nav a"]) {
      expect(await printedSuffixes(page, selector), selector).toEqual([]);
    }
    // Links in running text still say where they go.
    expect((await printedSuffixes(page, ".prose a")).length).toBeGreaterThan(0);
    // Controls are for screens: buttons (copy, search, theme), quick exit, the menu, the skip link.
    for (const selector of [
      "button",
      "a[data-quick-exit]",
      "body > header summary",
      "body > header nav",
      'a[href="#main"]',
    ]) {
      await expect(page.locator(`${selector} >> visible=true`), selector).toHaveCount(0);
    }
    // The tags are still printed, as words.
    const tags = page.locator("main a[data-element]");
    expect(await tags.count()).toBeGreaterThan(0);
    await expect(tags.first()).toBeVisible();
  });
});
