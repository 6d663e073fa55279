import { elements, expect, quotes, test } from "./fixtures";
import { pagesOfKind } from "./site";

/**
 * How tall an element page may be on a 390×844 phone. Measured with this suite's Chromium before
 * the compact layout (issue 20), the eight pages ran from 5,884 to 15,868 px (workforce). With
 * quotes and findings cut to a few and linked, the citations folded and running text at a line
 * height of 1.5 on phones, they run from 4,804 to 7,845 px (the body text stays 18px). The budget
 * leaves about 500 px for what other work adds, and fails if a third quote comes back or the
 * citations unfold.
 */
const PHONE_PAGE_BUDGET = 8_300;
/**
 * What the page shows between its own text and its sources (quotes, findings, related elements):
 * up to 9,746 px before (workforce), 657 to 2,201 px now. The budget, about a quarter of the
 * old, fails a page that lists more than it links to.
 */
const RELATIONS_BUDGET = 2_500;

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// The phone size is set here, so the checks run once, in the desktop project.
test.describe("an element page on a 390 px phone", { tag: "@any-viewport" }, () => {
  test.use(phone);
  for (const element of elements) {
    test(`/elements/${element.slug} stays within its height budget`, async ({ page }) => {
      await page.goto(`/elements/${element.slug}`);
      const { height, relations } = await page.evaluate(() => {
        const top = (id: string) => document.getElementById(id)?.getBoundingClientRect().top ?? 0;
        return {
          height: document.documentElement.scrollHeight,
          relations: top("sources") - top("quotes"),
        };
      });
      expect(height, "page height").toBeLessThanOrEqual(PHONE_PAGE_BUDGET);
      expect(relations, "quotes, findings and related elements").toBeGreaterThan(0);
      expect(relations, "quotes, findings and related elements").toBeLessThanOrEqual(
        RELATIONS_BUDGET,
      );
    });
  }
});

test("every entry of “On this page” points at a section of the page, in page order", async ({
  page,
}) => {
  for (const model of pagesOfKind("element")) {
    await page.goto(model.path);
    const contents = page.getByRole("navigation", { name: "On this page" });
    const targets = await contents
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => (link.getAttribute("href") ?? "").replace(/^#/, "")),
      );
    expect(targets.length, model.path).toBeGreaterThanOrEqual(6);
    for (const id of targets) {
      expect(model.anchors?.has(id), `${model.path}#${id} is an anchor the model knows`).toBe(true);
    }
    const tops = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? null),
      targets,
    );
    expect(
      tops.every((top) => top !== null),
      `${model.path}: every target is on the page`,
    ).toBe(true);
    const order = tops.map(Number);
    expect(order, `${model.path}: in page order`).toEqual([...order].sort((a, b) => a - b));
    for (const id of ["quotes", "findings", "sources", "cite"]) expect(targets).toContain(id);
  }
});

test("following a contents entry lands on its section", async ({ page }) => {
  await page.goto("/elements/workforce");
  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Findings behind it" })
    .click();
  await expect(page).toHaveURL(/#findings$/);
  await expect(page.locator("#findings h2")).toBeInViewport();
});

test("quotes are compact: the source named once, the page's own element not repeated, the actions in one row", async ({
  page,
}) => {
  const element = "workforce";
  const onElement = quotes.filter((q) => q.elements.includes(element));
  expect(onElement.length).toBeGreaterThan(2);
  await page.goto(`/elements/${element}`);
  const section = page.locator("#quotes");
  const figures = section.locator("figure");
  // The first two, word for word and in source order, and a link to every one of them.
  await expect(figures).toHaveCount(2);
  const shown = await figures.locator("blockquote").allTextContents();
  expect(shown.map((text) => text.trim().replace(/^“|”$/g, ""))).toEqual(
    onElement.slice(0, 2).map((q) => q.text.replace(/\s+/g, " ").trim()),
  );
  await expect(
    section.getByRole("link", { name: `All ${onElement.length} quotes on this element` }),
  ).toHaveAttribute("href", `/quotes?element=${element}`);
  await expect(section.locator("cite")).toHaveCount(1);
  await expect(section.locator(`a[href="/elements/${element}"]`)).toHaveCount(0);
  for (const figure of await figures.all()) {
    const row = [
      figure.getByRole("link", { name: /^Quote page/ }),
      figure.getByRole("link", { name: /^In context/ }),
      figure.getByRole("button", { name: /^Copy link to quote/ }),
    ];
    const boxes = await Promise.all(row.map((target) => target.boundingBox()));
    const tops = boxes.map((box) => Math.round(box?.y ?? -1));
    expect(new Set(tops).size, "one row").toBe(1);
    expect(Math.min(...boxes.map((box) => box?.height ?? 0))).toBeGreaterThanOrEqual(24);
  }
});

test("the citations wait behind one control, open with it, and copy", async ({ page }) => {
  await page.goto("/elements/workforce");
  const cite = page.locator("#cite");
  const copy = cite.getByRole("button", { name: "Copy Harvard citation" });
  await expect(copy).toBeHidden();
  await cite.getByText("Show the Harvard and APA citations").click();
  await expect(copy).toBeVisible();
  await expect(cite.getByRole("button", { name: "Copy APA citation" })).toBeVisible();
  await expect(cite.locator("dd p").first()).toContainText(
    "Key element 4: A skilled, supported workforce",
  );
});

test("findings are a compact list of linked titles, with a link to all of them", async ({
  page,
}) => {
  await page.goto("/elements/workforce");
  const section = page.locator("#findings");
  const items = section.locator("li");
  expect(await items.count()).toBeLessThanOrEqual(5);
  for (const item of await items.all()) {
    await expect(item.locator('a[href^="/findings/"]')).toHaveCount(1);
    const line = item.locator("p");
    const [box, lineHeight] = await Promise.all([
      line.boundingBox(),
      line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight)),
    ]);
    expect(box?.height ?? 0, "one line under the title").toBeLessThanOrEqual(lineHeight + 1);
  }
  await expect(
    section.getByRole("link", { name: /^All \d+ findings on this element$/ }),
  ).toHaveAttribute("href", "/findings?element=workforce");
});

test("no blank band after “In short”: the text follows at the usual gap", async ({ page }) => {
  await page.goto("/elements/workforce");
  const gap = await page.evaluate(() => {
    const inShort = document.getElementById("in-short")?.getBoundingClientRect();
    const next = document.getElementById("what-the-sources-say")?.getBoundingClientRect();
    return (next?.top ?? 0) - (inShort?.bottom ?? 0);
  });
  expect(gap).toBeGreaterThan(0);
  // The gap between two sections (3rem at an 18 px root, 54 px), not that plus a heading margin.
  expect(gap).toBeLessThanOrEqual(60);
});

test.describe("on a wide screen", { tag: "@any-viewport" }, () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("the contents sit beside the text and stay in view while reading", async ({ page }) => {
    await page.goto("/elements/workforce");
    const contents = page.getByRole("navigation", { name: "On this page" });
    const [nav, text] = await Promise.all([
      contents.boundingBox(),
      page.locator("#report-wording").boundingBox(),
    ]);
    expect(nav?.x ?? 0).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    expect(Math.abs((nav?.y ?? 0) - (text?.y ?? 0))).toBeLessThan(40);
    await page.locator("#sources").scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
  });
});
