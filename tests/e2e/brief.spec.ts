import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import mammoth from "mammoth";
import { readContentBundle } from "../../lib/content/bundle";
import { speakerName } from "../../lib/content/quote-view";
import { axeViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";

const bundle = readContentBundle();
const quote = bundle.quotes[0];
const element = [...bundle.elements].sort((a, b) => a.number - b.number)[0];
const finding = bundle.findings[0];
if (!quote || !element || !finding) throw new Error("the site has no quote, element or finding");
const speaker = bundle.speakers.find((s) => s.slug === quote.speaker);
if (!speaker) throw new Error(`no speaker for ${quote.id}`);
const words = quote.text.trim().replace(/\s+/g, " ");
const flat = (text: string) => text.replace(/\s+/g, " ");
const ANY_VIEWPORT = { tag: "@any-viewport" };

/** The brief's count in the header: "Brief (2 items)" to a screen reader. */
const briefLink = (page: Page) => page.locator("body > header a[href='/brief']").first();
/** The count: "Brief (2 items)", "items" for screen readers (on a phone, inside the menu). */
const counted = (n: number) => new RegExp(`^\\s*Brief\\s*\\(${n} items?\\)\\s*$`);

async function addFromPage(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
  const add = page
    .getByRole("main")
    .getByRole("button", { name: /^Add to brief/ })
    .first();
  await expect(add).toBeEnabled();
  await add.click();
  await expect(
    page
      .getByRole("main")
      .getByRole("button", { name: /^Remove from brief/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Added to your brief/ })).toHaveCount(1);
}

/** The document's item headings, in order. */
const headings = (page: Page) => page.locator("[data-brief-document] li h3").allTextContents();

async function textOf(download: Download): Promise<string> {
  const file = await download.path();
  return readFile(file, "utf8");
}

test.describe("the brief", () => {
  test("a quote and an element survive a reload and open the same from the brief's link", async ({
    page,
    browser,
    baseURL,
  }) => {
    await addFromPage(page, `/quotes/${quote.id}`);
    await expect(briefLink(page)).toHaveText(counted(1));
    await addFromPage(page, `/elements/${element.slug}`);
    await expect(briefLink(page)).toHaveText(counted(2));

    await page.goto("/brief");
    const expected = [
      `1. Quote: ${speakerName(speaker)}`,
      `2. Key element ${element.number}: ${element.title}`,
    ];
    await expect.poll(() => headings(page)).toEqual(expected);
    const doc = page.locator("[data-brief-document]");
    await expect(doc).toContainText(`“${words}”`);
    await expect(doc).toContainText(`${speaker.role}, ${speaker.organisation}`);
    await expect(doc).toContainText(flat(element.reportWording.trim()));
    await expect(doc).toContainText("The news release's words:");
    await expect(
      doc.getByRole("link", { name: new RegExp(`/quotes/${quote.id}$`) }),
    ).toHaveAttribute("href", /^https?:\/\/.+\/quotes\//);

    // Reorder with the keyboard, then title it.
    await page.getByRole("button", { name: /^Move down ?: quote by/ }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => headings(page))
      .toEqual([
        `1. Key element ${element.number}: ${element.title}`,
        `2. Quote: ${speakerName(speaker)}`,
      ]);
    await expect(page.getByRole("button", { name: /^Move up ?: quote by/ })).toBeFocused();
    await page.getByLabel("Title", { exact: true }).fill("For the committee");
    await expect(page.locator("#brief-title")).toHaveText("For the committee");

    await page.reload();
    await expect
      .poll(() => headings(page))
      .toEqual([
        `1. Key element ${element.number}: ${element.title}`,
        `2. Quote: ${speakerName(speaker)}`,
      ]);
    await expect(page.locator("#brief-title")).toHaveText("For the committee");

    const link = await page.locator("[data-brief-link]").getAttribute("href");
    expect(link).toBe(`/brief?items=e:${element.slug},q:${quote.id}&title=For%20the%20committee`);

    // A colleague opens the link in a browser of their own: the same brief, offered to save.
    const other = await browser.newContext({ baseURL: baseURL ?? "" });
    const theirs = await other.newPage();
    await theirs.goto(link ?? "");
    await expect
      .poll(() => headings(theirs))
      .toEqual([
        `1. Key element ${element.number}: ${element.title}`,
        `2. Quote: ${speakerName(speaker)}`,
      ]);
    await expect(theirs.locator("#brief-title")).toHaveText("For the committee");
    await expect(theirs.locator("[data-brief-document]")).toContainText(`“${words}”`);
    await expect(briefLink(theirs)).toHaveText(/^\s*Brief\s*$/);
    await theirs.getByRole("button", { name: "Save as my brief" }).click();
    await expect(briefLink(theirs)).toHaveText(counted(2));
    await expect(theirs).toHaveURL(/\/brief$/);
    await other.close();
  });

  test("a shared link never replaces a brief already kept here without asking", async ({
    page,
  }) => {
    await addFromPage(page, `/findings/${finding.slug}`);
    await page.goto(`/brief?items=q:${quote.id}`);
    await expect.poll(() => headings(page)).toEqual([`1. Quote: ${speakerName(speaker)}`]);
    await expect(page.getByRole("button", { name: "Save as my brief" })).toHaveCount(0);
    await expect(briefLink(page)).toHaveText(counted(1));
    await page.getByRole("button", { name: "Add these to my brief" }).click();
    await expect
      .poll(() => headings(page))
      .toEqual([`1. Finding: ${finding.title}`, `2. Quote: ${speakerName(speaker)}`]);
  });

  test("names and skips unknown or malformed items, and caps a long list", async ({ page }) => {
    const many = Array.from({ length: 60 }, (_, i) => `q:made-up-${i}`).join(",");
    await page.goto(`/brief?items=e:${element.slug},q:nobody-said-this,not%20an%20item,${many}`);
    await expect
      .poll(() => headings(page))
      .toEqual([`1. Key element ${element.number}: ${element.title}`]);
    const problems = page.locator("[data-brief-problems]");
    await expect(problems).toContainText("“not an item”");
    await expect(problems).toContainText("“q:nobody-said-this”");
    await expect(problems).toContainText("a brief holds at most 50");
  });

  // The files are the same at any window size (and Chromium's phone emulation does not hand
  // blob downloads to Playwright): run once.
  test(
    "downloads as Word and Markdown with each quote word for word and its citation",
    ANY_VIEWPORT,
    async ({ page }) => {
      await addFromPage(page, `/quotes/${quote.id}`);
      await addFromPage(page, `/elements/${element.slug}`);
      await page.goto("/brief");
      await expect.poll(() => headings(page)).toHaveLength(2);
      const citation = flat(
        (
          await page
            .locator("[data-brief-document] li")
            .first()
            .locator("p", { hasText: "Cite as:" })
            .innerText()
        ).replace(/^Cite as:\s*/, ""),
      );
      expect(citation).toContain(words);

      const [word] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download Word (.docx)" }).click(),
      ]);
      expect(word.suggestedFilename()).toBe("brief.docx");
      const { value: docText } = await mammoth.extractRawText({ path: await word.path() });
      const docFlat = flat(docText);
      expect(docFlat).toContain(`“${words}”`);
      expect(docFlat).toContain(citation);
      expect(docFlat).toContain(`Key element ${element.number}: ${element.title}`);
      expect(docFlat).toContain(flat(element.reportWording.trim()));
      const { value: html } = await mammoth.convertToHtml({ path: await word.path() });
      expect(html).toMatch(/<h1>1\. Quote: /);
      expect(html).toMatch(new RegExp(`<a href="https?://[^"]+/quotes/${quote.id}"`));

      const [md] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download Markdown (.md)" }).click(),
      ]);
      expect(md.suggestedFilename()).toBe("brief.md");
      const markdown = await textOf(md);
      expect(markdown).toMatch(/^# Brief\n/);
      expect(markdown).toContain(`## 1. Quote: ${speakerName(speaker)}`);
      expect(flat(markdown)).toContain(`> “${words}”`);
      expect(markdown).toMatch(new RegExp(`Link: <https?://[^>]+/quotes/${quote.id}>`));
    },
  );

  test(
    "prints the document on few A4 pages, without its controls",
    ANY_VIEWPORT,
    async ({ page }) => {
      await page.goto("/brief");
      await waitForHydration(page);
      const items = [`q:${quote.id}`, `e:${element.slug}`, `f:${finding.slug}`];
      await page.evaluate((stored) => localStorage.setItem("brief:v1", JSON.stringify(stored)), {
        items,
        title: "",
        note: "",
      });
      await page.reload();
      await expect.poll(() => headings(page)).toHaveLength(3);
      await page.emulateMedia({ media: "print" });
      for (const name of ["Move up", "Remove", "Print", "Download Word (.docx)"]) {
        await expect(
          page.getByRole("button", { name: new RegExp(`^${name}`) }).first(),
        ).toBeHidden();
      }
      await expect(page.getByLabel("Title", { exact: true })).toBeHidden();
      await expect(page.getByRole("heading", { level: 1, name: "Your brief" })).toBeHidden();
      await expect(page.locator("#brief-title")).toBeVisible();
      await expect(page.locator("[data-brief-document]")).toContainText(`“${words}”`);
      // Full addresses are printed once, as the links' own text, not again after them.
      const after = await page
        .locator("[data-brief-document] a")
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content);
      expect(["none", "normal"]).toContain(after);
      const pdf = await page.pdf({ format: "A4" });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(2);
    },
  );

  test("a brief of three items passes axe in both themes, with controls of 24 by 24 or more", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/brief");
    await waitForHydration(page);
    await page.evaluate((stored) => localStorage.setItem("brief:v1", JSON.stringify(stored)), {
      items: [`q:${quote.id}`, `e:${element.slug}`, `f:${finding.slug}`],
      title: "",
      note: "",
    });
    await page.reload();
    await expect.poll(() => headings(page)).toHaveLength(3);
    const light = await axeViolations(page, "wcag");
    expect(light.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    const dark = await axeViolations(page, "theme");
    expect(dark.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    const small = await page
      .locator("main button, main input, main select, main textarea, header a[href='/brief']")
      .evaluateAll((els) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ el }) => el.outerHTML.slice(0, 80)),
      );
    expect(small).toEqual([]);
  });
});
