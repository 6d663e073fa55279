import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import {
  expect,
  filtersControl,
  readerTest as test,
  test as testInOwnContext,
  waitForHydration,
} from "./fixtures";

/** A phone's first screen (the phone project's size; the desktop project runs these at it too). */
const PHONE = { width: 390, height: 844 };

/** Where the element's box ends, from the top of the first screen. */
async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return box.y + box.height;
}

const firstResult = (page: Page) => page.locator("main ol > li").first();

test.describe("search on a phone", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(PHONE);
  });

  test("/search?q=poverty shows its first result on the first screen, the filters folded away", async ({
    page,
  }) => {
    await page.goto("/search?q=poverty");
    await waitForHydration(page);
    await expect(firstResult(page)).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await bottomOf(firstResult(page))).toBeLessThanOrEqual(PHONE.height);
    await expect(filtersControl(page)).toHaveText("Filters");
    for (const label of ["Type", "Speaker", "Key element"])
      await expect(page.getByLabel(label, { exact: true })).toBeHidden();
  });

  test("the Filters control says how many are set, opens from the keyboard and still filters", async ({
    page,
  }) => {
    await page.goto("/search?q=poverty&speaker=claire-burns");
    await waitForHydration(page);
    const control = filtersControl(page);
    await expect(control).toHaveText("Filters (1 set)");
    await expect(firstResult(page)).toBeVisible();
    expect(await bottomOf(firstResult(page))).toBeLessThanOrEqual(PHONE.height);

    const speaker = page.getByLabel("Speaker", { exact: true });
    const type = page.getByLabel("Type", { exact: true });
    await expect(speaker).toBeHidden();
    await control.focus();
    await page.keyboard.press("Enter");
    await expect(speaker).toBeVisible();
    await expect(speaker).toHaveValue("claire-burns");
    await expect(type).toBeVisible();

    await type.selectOption("quote");
    await expect(page).toHaveURL("/search?q=poverty&type=quote&speaker=claire-burns");
    await expect(control).toHaveText("Filters (2 set)");
    await expect(firstResult(page)).toHaveAttribute("data-type", "quote");
    // The choice does not fold the filters away again; Space closes them, as Enter opened them.
    await expect(type).toBeVisible();
    await control.focus();
    await page.keyboard.press("Space");
    await expect(type).toBeHidden();
  });

  test("a filter that names nothing is not counted as set", async ({ page }) => {
    await page.goto("/search?q=poverty&type=gossip");
    await waitForHydration(page);
    await expect(page.getByText("no type called “gossip”")).toBeVisible();
    await expect(filtersControl(page)).toHaveText("Filters");
  });

  test("the dialog's first result is on the first screen", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("combobox", { name: "Search the site" }).fill("poverty");
    const first = page.getByRole("option").first();
    await expect(first).toBeVisible();
    expect(await bottomOf(first)).toBeLessThanOrEqual(PHONE.height);
  });

  for (const { path, label, set } of [
    { path: "/quotes?speaker=claire-burns&q=children", label: "Speaker", set: 2 },
    { path: "/findings?kind=priority", label: "Kind of finding", set: 1 },
  ]) {
    test(`${path}: the filters fold behind "Filters (${set} set)" and open on a tap`, async ({
      page,
    }) => {
      await page.goto(path);
      await waitForHydration(page);
      const control = filtersControl(page);
      await expect(control).toHaveText(`Filters (${set} set)`);
      // What the filters found starts on the first screen.
      const status = page.getByRole("status").filter({ hasText: /^Showing/ });
      await expect(status).toBeVisible();
      expect(await bottomOf(status)).toBeLessThanOrEqual(PHONE.height);
      await expect(page.getByLabel(label, { exact: true })).toBeHidden();
      await control.click();
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    });
  }

  test("/search with the filters open passes axe (light and dark)", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/search?q=poverty&speaker=claire-burns");
    await waitForHydration(page);
    await expect(firstResult(page)).toBeVisible();
    for (const open of [false, true]) {
      if (open) await filtersControl(page).click();
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator("html")).toHaveClass(
          scheme === "dark" ? /\bdark\b/ : /\blight\b/,
        );
        // Only colours change between the themes: the dark run checks the colour rules alone.
        const violations = await axeViolations(page, scheme === "light" ? "wcag" : "theme");
        expect(
          violations.map((v) => `${scheme}, ${open ? "open" : "closed"}: ${v.id}: ${v.help}`),
        ).toEqual([]);
      }
    }
  });
});

testInOwnContext.describe("the Filters control without JavaScript", () => {
  testInOwnContext.use({ javaScriptEnabled: false, viewport: PHONE });

  testInOwnContext("/quotes: it still opens and shows the filters", async ({ page }) => {
    await page.goto("/quotes");
    const control = filtersControl(page);
    await expect(control).toHaveText("Filters");
    const speaker = page.getByLabel("Speaker", { exact: true });
    await expect(speaker).toBeHidden();
    await control.click();
    await expect(speaker).toBeVisible();
  });
});
