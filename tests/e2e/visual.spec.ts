import type { Page } from "@playwright/test";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts).
import {
  elements,
  expect,
  quotes,
  readContentYaml,
  readerTest as test,
  waitForHydration,
} from "./fixtures";

/** One page of each type; their headings and running text are measured in the browser. */
const PAGE_TYPES = [
  "/",
  "/elements",
  "/elements/workforce",
  "/findings",
  "/findings/structural-change-is-not-enough",
  "/quotes",
  "/speakers",
  "/speakers/heather-ottaway",
  "/about",
  "/sources",
  "/no-such-page",
];

const wheelLinks = (page: Page) =>
  page.getByRole("group", { name: /eight key elements/i }).getByRole("link");

test.describe("the home page", () => {
  test("shows the wheel and all eight element links within the first phone screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const links = wheelLinks(page).and(page.locator('[href^="/elements/"]'));
    await expect(links).toHaveCount(elements.length);
    for (const element of elements) {
      const link = page.getByRole("link", { name: `${element.number}. ${element.title}` }).first();
      await expect(link).toHaveAttribute("href", `/elements/${element.slug}`);
      const box = await link.boundingBox();
      expect(box, `${element.slug} is drawn`).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), `${element.slug} ends inside 844px`).toBeLessThan(
        844,
      );
    }
    const h1 = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(h1?.y ?? 999).toBeLessThan(200);
  });

  test("the wheel can be worked from the keyboard and highlights on focus", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const first = elements[0];
    if (!first) throw new Error("no elements");
    // Tab from the top of the page until focus enters the wheel.
    let name = "";
    for (let i = 0; i < 20 && name !== `${first.number}. ${first.title}`; i += 1) {
      await page.keyboard.press("Tab");
      name = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    }
    expect(name).toBe(`${first.number}. ${first.title}`);
    for (const element of elements.slice(1)) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(
        () => document.activeElement?.getAttribute("aria-label") ?? "",
      );
      expect(label).toBe(`${element.number}. ${element.title}`);
    }
    // The focused segment is filled with its element's colour; an unfocused one is not.
    const fill = (index: number) =>
      page.evaluate((i) => {
        const segment = document.querySelectorAll(".element-wheel .wheel-segment")[i];
        return segment ? getComputedStyle(segment).fill : "";
      }, index);
    const unfocused = await fill(0);
    await expect.poll(() => fill(elements.length - 1)).not.toBe(unfocused);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/elements/${elements[elements.length - 1]?.slug}`);
  });

  test("who said what: one table at any width, each count linking to exactly those quotes", async ({
    page,
  }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: /quotes by each speaker on each key element/i });
    await expect(table).toHaveCount(1);
    // A row per element from `sm` (640 px) up; on a phone, turned round: a row per speaker.
    const wide = (page.viewportSize()?.width ?? 0) >= 640;
    const speakers = readContentYaml("speakers").length;
    await expect(table.getByRole("row")).toHaveCount((wide ? elements.length : speakers) + 1);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(
      wide ? elements.length : speakers,
    );
    const cells = table.locator('a[href^="/quotes?"]');
    const total = await cells.count();
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < total; i += 1) {
      const href = (await cells.nth(i).getAttribute("href")) ?? "";
      const params = new URL(href, "http://x").searchParams;
      const expected = quotes.filter(
        (q) =>
          q.speaker === params.get("speaker") && q.elements.includes(params.get("element") ?? ""),
      ).length;
      await expect(cells.nth(i)).toHaveText(new RegExp(`^${expected}\\b`));
    }
  });
});

test.describe("themes", () => {
  for (const scheme of ["dark", "light"] as const) {
    test(`without JavaScript the page follows a ${scheme} system`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto("/");
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe(scheme === "dark" ? "rgb(14, 20, 27)" : "rgb(255, 255, 255)");
      await context.close();
    });
  }
});

test("without JavaScript the navigation opens from its button on a phone", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Quotes" })).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await nav.getByRole("link", { name: "Quotes" }).click();
  await expect(page).toHaveURL("/quotes");
  await context.close();
});

test("headings of one level share one size, and running text keeps to about 70 characters", async ({
  page,
}) => {
  const sizes = new Map<string, Set<string>>();
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    const measured = await page.evaluate(() => {
      const main = document.querySelector("main");
      if (!main) return { headings: [], lines: [], body: 0 };
      const headings = [...main.querySelectorAll("h1, h2, h3")]
        .filter((h) => h.getClientRects().length > 0)
        .map((h) => ({ level: h.tagName, size: getComputedStyle(h).fontSize }));
      const canvas = document.createElement("canvas").getContext("2d");
      const lines = [...main.querySelectorAll("p, li, dd, blockquote")]
        .filter((el) => (el.textContent ?? "").length > 150 && el.getClientRects().length > 0)
        .map((el) => {
          const style = getComputedStyle(el);
          const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
          if (canvas) canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const average = (canvas?.measureText(text).width ?? 1) / text.length;
          const width =
            el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { text: text.slice(0, 40), chars: width / average };
        });
      return { headings, lines, body: parseFloat(getComputedStyle(document.body).fontSize) };
    });
    expect(measured.body, `${path}: body text size`).toBeGreaterThanOrEqual(18);
    for (const { level, size } of measured.headings) {
      const set = sizes.get(level) ?? new Set<string>();
      set.add(size);
      sizes.set(level, set);
    }
    for (const line of measured.lines) {
      expect(line.chars, `${path}: "${line.text}…" line length`).toBeLessThanOrEqual(75);
    }
  }
  for (const [level, set] of sizes) {
    expect([...set], `${level} sizes across pages`).toHaveLength(1);
  }
  expect(sizes.get("H1")?.size).toBe(1);
});

test("the about page has a contents list and a dated timeline", async ({ page }) => {
  await page.goto("/about");
  const contents = page.getByRole("navigation", { name: "On this page" });
  const links = contents.getByRole("link");
  expect(await links.count()).toBeGreaterThan(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
  }
  const timeline = page.locator("#timeline ol");
  const items = timeline.locator(":scope > li");
  expect(await items.count()).toBeGreaterThan(2);
  await expect(items.locator("time")).toHaveCount(await items.count());
});
