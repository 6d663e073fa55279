import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";

test("'Leave this site' comes straight after the skip link and leaves at once, with no way Back", async ({
  page,
}) => {
  await page.goto("/elements");
  await page.goto("/elements/workforce");
  await waitForHydration(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  const exit = page.getByRole("link", { name: /^Leave this site/ });
  await expect(exit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("about:blank");
  await page.goBack();
  // The element page was replaced, so Back goes to the page before it, never to it.
  await expect(page).not.toHaveURL(/\/elements\/workforce/);
});

test("pressing Shift three times leaves the site", async ({ page }) => {
  await page.goto("/quotes");
  await waitForHydration(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL("about:blank");
});

test("two presses of Shift do not leave", async ({ page }) => {
  await page.goto("/quotes");
  await waitForHydration(page);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/quotes$/);
});

test("without JavaScript it is a plain link on every kind of page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/", "/elements/workforce", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("a[data-quick-exit]")).toHaveAttribute("href", "about:blank");
  }
  await context.close();
});

const openSearch = async (page: Page) => {
  await page.getByRole("button", { name: "Search" }).click();
  const dialog = page.getByRole("dialog", { name: "Search the site" });
  const box = dialog.getByRole("combobox", { name: "Search the site" });
  await expect(box).toBeVisible();
  await box.focus();
  return dialog;
};

test.describe("with the search dialog open", () => {
  test("the header's exit is behind the dialog, and the dialog has its own that leaves", async ({
    page,
  }) => {
    await page.goto("/elements/workforce");
    await waitForHydration(page);
    const dialog = await openSearch(page);
    // The dialog's backdrop covers the page: a press on the header's link would not reach it.
    const reachable = await page.locator("a[data-quick-exit]").evaluate((link) => {
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit?.closest("a[data-quick-exit]") !== null && hit !== null;
    });
    expect(reachable).toBe(false);
    await dialog.getByRole("button", { name: "Leave this site" }).click();
    await expect(page).toHaveURL("about:blank");
  });

  test("from the keyboard: Shift three times in the search box leaves", async ({ page }) => {
    await page.goto("/quotes");
    await waitForHydration(page);
    await openSearch(page);
    await page.keyboard.type("poverty");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL("about:blank");
  });

  test("from the keyboard: the dialog's exit is one Shift+Tab from the search box", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForHydration(page);
    const dialog = await openSearch(page);
    await page.keyboard.press("Shift+Tab");
    await expect(dialog.getByRole("button", { name: "Leave this site" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("about:blank");
  });
});

test.describe("on a phone, by touch", { tag: "@any-viewport" }, () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("with the search dialog open", async ({ page }) => {
    await page.goto("/elements/workforce");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Search" }).tap();
    const dialog = page.getByRole("dialog", { name: "Search the site" });
    const exit = dialog.getByRole("button", { name: "Leave this site" });
    await expect(exit).toBeInViewport();
    await exit.tap();
    await expect(page).toHaveURL("about:blank");
  });

  test("with the menu open", async ({ page }) => {
    await page.goto("/elements/workforce");
    await waitForHydration(page);
    await page.locator("body > header summary").tap();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link").first(),
    ).toBeVisible();
    const exit = page.locator("a[data-quick-exit]");
    await expect(exit).toBeInViewport();
    await exit.tap();
    await expect(page).toHaveURL("about:blank");
  });

  test("with the menu open, from the keyboard", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.locator("body > header summary").tap();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link").first(),
    ).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL("about:blank");
  });
});
