import type { Locator, Page } from "@playwright/test";
import { expect, readContentYaml, test, themeControl, waitForHydration } from "./fixtures";

/** A phone's screen; these run once (on the desktop project) with a phone's size and touch. */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const MENU_BUTTON = "body > header summary";
const menuButton = (page: Page) => page.locator(MENU_BUTTON);
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/**
 * What the browser tells assistive technology about the menu's button: its role, name and
 * whether it is expanded, read from Chromium's accessibility tree (Playwright's own role
 * queries give <summary> no role).
 */
async function announced(page: Page): Promise<{ role: string; name: string; expanded: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: MENU_BUTTON,
  });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
    nodeId,
    fetchRelatives: false,
  });
  await cdp.detach();
  const ax = nodes[0];
  return {
    role: String(ax?.role?.value ?? ""),
    name: String(ax?.name?.value ?? ""),
    expanded: ax?.properties?.find((p) => p.name === "expanded")?.value.value,
  };
}

async function expectClosed(page: Page) {
  await expect(mainNav(page).getByRole("link").first()).toBeHidden();
  await expect
    .poll(() => announced(page))
    .toEqual({
      role: "DisclosureTriangle",
      name: "Menu",
      expanded: false,
    });
}

async function expectOpen(page: Page) {
  await expect(mainNav(page).getByRole("link").first()).toBeVisible();
  await expect
    .poll(() => announced(page))
    .toEqual({
      role: "DisclosureTriangle",
      name: "Close menu",
      expanded: true,
    });
}

test.describe("the menu on a phone", { tag: "@any-viewport" }, () => {
  test("says what it will do and whether it is open, and closes when a page opens from it", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForHydration(page);
    await expectClosed(page);
    await menuButton(page).tap();
    await expectOpen(page);
    await mainNav(page).getByRole("link", { name: "Quotes" }).tap();
    await expect(page).toHaveURL("/quotes");
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expectClosed(page);
    // Nothing covers the new page's title.
    const title = page.getByRole("heading", { level: 1 });
    const box = await title.boundingBox();
    if (!box) throw new Error("no title drawn");
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("h1") !== null,
      { x: box.x + 5, y: box.y + box.height / 2 },
    );
    expect(onTop, "the title is not covered").toBe(true);
  });

  test("closes on a link to the page already open", async ({ page }) => {
    await page.goto("/quotes");
    await waitForHydration(page);
    await menuButton(page).tap();
    await expectOpen(page);
    await mainNav(page).getByRole("link", { name: "Quotes" }).tap();
    await expect(page).toHaveURL("/quotes");
    await expectClosed(page);
  });

  test("works from the keyboard: opens, a chosen link opens its page, and Esc closes it", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForHydration(page);
    await menuButton(page).focus();
    await page.keyboard.press("Enter");
    await expectOpen(page);
    await page.keyboard.press("Escape");
    await expectClosed(page);
    // Focus stays on the button, so the reader is where they were.
    await expect(menuButton(page)).toBeFocused();

    await page.keyboard.press("Enter");
    await expectOpen(page);
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link").first()).toBeFocused();
    // Esc from inside the menu closes it and puts focus back on its button.
    await page.keyboard.press("Escape");
    await expectClosed(page);
    await expect(menuButton(page)).toBeFocused();

    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const first = mainNav(page).getByRole("link").first();
    const href = await first.getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href ?? "");
    await expectClosed(page);
  });

  test("closes when the reader taps outside it", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await menuButton(page).tap();
    await expectOpen(page);
    await page.getByRole("heading", { level: 1 }).tap({ position: { x: 5, y: 5 }, force: true });
    await expectClosed(page);
  });

  test("the theme control names the current choice in words", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const control = themeControl(page);
    await expect(control).toHaveAccessibleName("Theme: System");
    // The word is drawn at full size, not only read out (a visually hidden word is 1 px wide).
    const drawnWidth = async (word: string) =>
      (await control.getByText(word, { exact: true }).boundingBox())?.width ?? 0;
    expect(await drawnWidth("System")).toBeGreaterThan(20);
    await control.tap();
    await expect(control).toHaveAccessibleName("Theme: Light");
    expect(await drawnWidth("Light")).toBeGreaterThan(20);
  });

  test("the header's controls keep to two short lines", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const header = page.locator("body > header");
    const height = async () => (await header.boundingBox())?.height ?? Infinity;
    expect(await height()).toBeLessThanOrEqual(140);
    await menuButton(page).tap();
    await expectOpen(page);
    // The open menu lies over the page; the header itself does not grow.
    expect(await height()).toBeLessThanOrEqual(140);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
  });
});

test.describe("without JavaScript", { tag: "@any-viewport" }, () => {
  test.use({ javaScriptEnabled: false });

  test("the menu still opens and closes, and its button says which it will do", async ({
    page,
  }) => {
    await page.goto("/");
    const button = menuButton(page);
    await expect(button).toHaveAccessibleName("Menu");
    await button.tap();
    await expect(mainNav(page).getByRole("link").first()).toBeVisible();
    await expect(button).toHaveAccessibleName("Close menu");
    await button.tap();
    await expect(mainNav(page).getByRole("link").first()).toBeHidden();
    await expect(button).toHaveAccessibleName("Menu");
  });
});

const speakers = readContentYaml("speakers").map((data) => String(data.name));

/** Where the box ends on the right, in the viewport. */
async function rightEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return box.x + box.width;
}

test.describe("who said what on a phone", { tag: "@any-viewport" }, () => {
  test("shows every speaker and every count on screen, without scrolling sideways", async ({
    page,
  }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: /quotes by each speaker on each key element/i });
    await expect(table).toHaveCount(1);
    await table.scrollIntoViewIfNeeded();
    expect(speakers.length).toBeGreaterThan(0);
    for (const name of speakers) {
      const header = table.getByRole("rowheader", { name });
      await expect(header).toBeVisible();
      expect(await rightEdge(header)).toBeLessThanOrEqual(PHONE.width);
    }
    const counts = table.locator('a[href^="/quotes?"]');
    expect(await counts.count()).toBeGreaterThan(0);
    for (const count of await counts.all()) {
      expect(await rightEdge(count), await count.innerText()).toBeLessThanOrEqual(PHONE.width);
    }
    // Its scrolling region has nothing hidden to the side.
    const region = page.getByRole("region", { name: /quotes by each speaker/i });
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Still a table with headers: one per speaker row and one per element column.
    await expect(table.locator('th[scope="row"]')).toHaveCount(speakers.length);
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
  });
});
