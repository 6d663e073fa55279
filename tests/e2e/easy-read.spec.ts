import { elements, expect, readContentYaml, readerTest, test } from "./fixtures";
import { pagesOfKind } from "./site";

/** The Easy Read pages, from the site model, and their points as content/easy-read gives them. */
const easyReadPages = pagesOfKind("easy-read");
const pointsBySlug = new Map(
  readContentYaml("easy-read").map((data) => [
    String(data.slug),
    (data.points as { text: string }[]).map((point) => point.text),
  ]),
);
const headlineSlug = [...pointsBySlug.keys()].find(
  (slug) => !elements.some((element) => element.slug === slug),
);
const pointsOf = (path: string) =>
  pointsBySlug.get(path === "/easy-read" ? (headlineSlug ?? "") : (path.split("/").pop() ?? "")) ??
  [];

/** Body text of an Easy Read point at least this large, in CSS pixels (the site's body is 18). */
const LARGE_TYPE_PX = 24;

readerTest("there are nine Easy Read pages: the headline and each key element", () => {
  expect(easyReadPages.map((p) => p.path)).toEqual([
    "/easy-read",
    ...elements.map((element) => `/easy-read/${element.slug}`),
  ]);
});

for (const element of elements) {
  readerTest(
    `/elements/${element.slug} links to its Easy Read page, which links back`,
    async ({ page }) => {
      await page.goto(`/elements/${element.slug}`);
      await page.getByRole("link", { name: "Read this in Easy Read" }).click();
      await expect(page).toHaveURL(new RegExp(`/easy-read/${element.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.getByRole("link", { name: /^Read the full page/ }).click();
      await expect(page).toHaveURL(new RegExp(`/elements/${element.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(element.title);
    },
  );
}

readerTest("the home page links to Easy Read, which lists every key element", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Easy Read", exact: true }).click();
  await expect(page).toHaveURL(/\/easy-read$/);
  const list = page.locator("#elements ol > li a");
  await expect(list).toHaveCount(elements.length);
  for (const [index, element] of elements.entries()) {
    await expect(list.nth(index)).toHaveAttribute("href", `/easy-read/${element.slug}`);
  }
});

for (const { path } of easyReadPages) {
  readerTest(
    `${path}: every point has a picture, hidden from screen readers, and words; help is named`,
    async ({ page }) => {
      await page.goto(path);
      // Where to get help now, on every Easy Read page.
      await expect(page.locator("[data-help-panel]")).toContainText("Childline");
      const expected = pointsOf(path);
      expect(expected.length).toBeGreaterThan(0);
      const points = page.locator("[data-easy-read-point]");
      await expect(points).toHaveCount(expected.length);
      for (const [index, text] of expected.entries()) {
        const point = points.nth(index);
        const picture = point.locator("svg");
        await expect(picture).toHaveCount(1);
        await expect(picture).toBeVisible();
        await expect(picture).toHaveAttribute("aria-hidden", "true");
        const box = await picture.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(32);
        // The words stand without the picture: the point's accessible text is its words alone.
        await expect(point).toHaveText(text);
        const size = await point
          .locator("p")
          .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
        expect(size, `${path} point ${index + 1} font size`).toBeGreaterThanOrEqual(LARGE_TYPE_PX);
      }
    },
  );
}

test(
  "every Easy Read page fits 390 px without sideways scrolling",
  { tag: "@any-viewport" },
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const { path } of easyReadPages) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `${path} is ${scrollWidth}px wide at 390px`).toBeLessThanOrEqual(
        clientWidth,
      );
    }
  },
);

test(
  "an Easy Read page prints on its own: every point and picture, large, on few sheets",
  { tag: "@any-viewport" },
  async ({ page }) => {
    await page.goto("/easy-read/workforce");
    await page.emulateMedia({ media: "print" });
    const points = page.locator("[data-easy-read-point]");
    await expect(points).toHaveCount(pointsOf("/easy-read/workforce").length);
    for (const point of await points.all()) {
      await expect(point.locator("svg")).toBeVisible();
      const size = await point
        .locator("p")
        .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
      expect(size).toBeGreaterThanOrEqual(20);
    }
    // Links that only make sense on a screen are not printed; the page's own address is.
    await expect(page.getByRole("link", { name: /^Read the full page/ })).toBeHidden();
    await expect(page.locator("[data-print-address]")).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    const sheets = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    expect(sheets).toBeGreaterThan(0);
    expect(sheets).toBeLessThanOrEqual(2);
  },
);
