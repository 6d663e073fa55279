import type AxeCore from "axe-core";
import type { Page } from "@playwright/test";
import { readContentBundle } from "../../lib/content/bundle";
import { termMatcher, toTermView } from "../../lib/content/glossary-terms";
import { axeViolations, WCAG_TAGS } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { sitePages } from "./site";

const bundle = readContentBundle();
const glossary = bundle.glossary;
const matcher = termMatcher(glossary.map(toTermView));

/** A page whose body explains a term, and the term: the first entry any element page marks. */
const SAMPLE = { path: "/elements/rights-and-participation", slug: "girfec" };
const sampleTerm = glossary.find((entry) => entry.slug === SAMPLE.slug);

const explanation = (page: Page, slug: string) =>
  page.locator(`[data-glossary-explanation="${slug}"]`);
const termButton = (page: Page, slug: string) =>
  page.locator(`[data-glossary-term="${slug}"] button`);

test.describe("a term explained where it is first used", () => {
  test.beforeAll(() => {
    expect(sampleTerm, `content/glossary has no "${SAMPLE.slug}"`).toBeDefined();
  });

  test("opens from the keyboard and closes with Esc, focus staying on the term", async ({
    page,
  }) => {
    await page.goto(SAMPLE.path);
    await waitForHydration(page);
    const button = termButton(page, SAMPLE.slug);
    await expect(explanation(page, SAMPLE.slug)).toBeHidden();
    await button.focus();
    await page.keyboard.press("Enter");
    const box = explanation(page, SAMPLE.slug);
    await expect(box).toBeVisible();
    await expect(box).toContainText(sampleTerm?.definition.slice(0, 60) ?? "");
    await expect(box.getByRole("link")).toHaveAttribute("href", `/glossary#${SAMPLE.slug}`);
    await page.keyboard.press("Escape");
    await expect(box).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press("Space");
    await expect(box).toBeVisible();
  });

  test("opens with a tap and shuts with its Close button", async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(SAMPLE.path);
    await termButton(page, SAMPLE.slug).tap();
    const box = explanation(page, SAMPLE.slug);
    await expect(box).toBeVisible();
    await box.getByRole("button", { name: "Close" }).tap();
    await expect(box).toBeHidden();
    await context.close();
  });

  test("works with JavaScript off, and its link leads to the term in the glossary", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SAMPLE.path);
    await termButton(page, SAMPLE.slug).click();
    const box = explanation(page, SAMPLE.slug);
    await expect(box).toBeVisible();
    await box.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/glossary#${SAMPLE.slug}$`));
    await expect(page.locator(`#${SAMPLE.slug}`).getByRole("heading")).toHaveText(
      sampleTerm?.term ?? "",
    );
    await context.close();
  });
});

/**
 * The prose of a page as a reader meets it ([data-glossary-prose]: leads, "In short", bodies), in
 * order, leaving out links, headings and explanations: each term's first use there must be the
 * marked one, and a term used there must be marked.
 */
async function proseReading(page: Page) {
  return page.evaluate(() => {
    const parts: { text: string; mark?: string }[] = [];
    const skip = "a, h1, h2, h3, h4, h5, h6, [popover], script, style";
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push({ text: node.textContent ?? "" });
        return;
      }
      if (!(node instanceof HTMLElement)) return;
      const mark = node.dataset.glossaryTerm;
      if (mark) {
        parts.push({ text: node.textContent ?? "", mark });
        return;
      }
      if (node.matches(skip) || node.matches("button")) return;
      node.childNodes.forEach(walk);
    };
    for (const region of document.querySelectorAll("main [data-glossary-prose]")) {
      if (region.parentElement?.closest("[data-glossary-prose]")) continue;
      walk(region);
      parts.push({ text: "\n" });
    }
    return parts;
  });
}

const pagesWithProse = sitePages.filter((p) => ["element", "finding", "page"].includes(p.kind));

/** What is wrong with how a page explains the glossary's terms in its prose: nothing, or a list. */
async function unexplainedUses(page: Page): Promise<string[]> {
  const problems: string[] = [];
  let before = "";
  const marked = new Set<string>();
  for (const part of await proseReading(page)) {
    if (!part.mark) {
      before += part.text;
      continue;
    }
    if (marked.has(part.mark)) problems.push(`"${part.mark}" is marked twice`);
    if (matcher.find(before, new Set([part.mark])).length > 0) {
      problems.push(`"${part.mark}" is used before its marked use`);
    }
    marked.add(part.mark);
  }
  const unmarked = new Set(
    matcher
      .find(before)
      .filter((use) => !marked.has(use.slug))
      .map((use) => use.slug),
  );
  for (const slug of unmarked) problems.push(`"${slug}" is used with no explanation`);
  return problems;
}

for (const sitePage of pagesWithProse) {
  test(`${sitePage.path}: the first use of each glossary term in its prose is explained`, async ({
    page,
  }) => {
    await page.goto(sitePage.path);
    expect(await unexplainedUses(page)).toEqual([]);
  });
}

test("the check names a term whose first use has lost its explanation", async ({ page }) => {
  await page.goto(SAMPLE.path);
  await page.evaluate((slug) => {
    const button = document.querySelector(`[data-glossary-term="${slug}"]`);
    button?.replaceWith(document.createTextNode(button.textContent ?? ""));
  }, SAMPLE.slug);
  expect(await unexplainedUses(page)).toEqual([`"${SAMPLE.slug}" is used with no explanation`]);
});

test("the glossary lists every term at its own anchor, with its sources", async ({ page }) => {
  await page.goto("/glossary");
  for (const entry of glossary) {
    const section = page.locator(`section#${entry.slug}`);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(entry.term);
    await expect(section).toContainText(entry.definition.replace(/\s+/g, " ").slice(0, 50));
    for (const name of entry.otherNames) await expect(section).toContainText(name);
    await expect(section.getByRole("link")).toHaveCount(entry.sources.length);
  }
});

test("the page for children and families has the help panel, with the quick exit beside it", async ({
  page,
}) => {
  await page.goto("/for-children-and-families");
  const panel = page.getByRole("complementary", { name: "If you need to talk to someone" });
  await expect(panel.getByRole("link", { name: /Call Childline on 0800 1111/ })).toHaveAttribute(
    "href",
    "tel:08001111",
  );
  await expect(panel).toContainText("Who Cares? Scotland");
  await expect(panel.getByRole("link", { name: /^Leave this site/ })).toBeVisible();
});

// The phone's menu holds the same links (tests/e2e/phone-nav.spec.ts): checked once, on desktop.
test(
  "the home page and the main navigation link to the page for children and families",
  { tag: "@any-viewport" },
  async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("main").getByRole("link", { name: /what this report means for children/i }),
    ).toHaveAttribute("href", "/for-children-and-families");
    const nav = page.getByRole("navigation", { name: /main/i });
    await expect(nav.getByRole("link", { name: "For families", includeHidden: true })).toHaveCount(
      1,
    );
  },
);

test("a term, its explanation's controls and the help panel's links are at least 24 by 24", async ({
  page,
}) => {
  const small = async (locator: ReturnType<Page["locator"]>) => {
    const sizes: string[] = [];
    for (const target of await locator.all()) {
      const box = await target.boundingBox();
      if (box && (box.width < 24 || box.height < 24)) {
        sizes.push(
          `${await target.innerText()} ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
    }
    return sizes;
  };
  await page.goto(SAMPLE.path);
  expect(await small(page.locator("[data-glossary-term] button"))).toEqual([]);
  await termButton(page, SAMPLE.slug).click();
  expect(await small(explanation(page, SAMPLE.slug).locator("a, button"))).toEqual([]);
  await page.goto("/for-children-and-families");
  expect(await small(page.locator("[data-help-panel] a"))).toEqual([]);
});

/** axe's WCAG 2.2 AA violations within one element only (the page has its own sweep). */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  await axeViolations(page, "theme"); // puts axe into the page
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const element = document.querySelector(selector);
      if (!element) return [`nothing matches ${selector}`];
      const results = await axe.run(element, { runOnly: { type: "tag", values: tags } });
      return results.violations.map((v) => `${v.id}: ${v.help}`);
    },
    { selector, tags: WCAG_TAGS },
  );
}

test("an open explanation passes axe in both themes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(SAMPLE.path);
  await waitForHydration(page);
  await termButton(page, SAMPLE.slug).click();
  await expect(explanation(page, SAMPLE.slug)).toBeVisible();
  const selector = `[data-glossary-explanation="${SAMPLE.slug}"]`;
  expect(await violationsIn(page, selector)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await violationsIn(page, selector)).toEqual([]);
});
