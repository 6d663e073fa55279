import type { Locator } from "@playwright/test";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import {
  expect,
  readerTest as test,
  test as testInOwnContext,
  themeControl,
  waitForHydration,
} from "./fixtures";

/** Whether a hit test at the element's centre finds it: false when clipped away or covered. */
function isPaintedOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && el.contains(hit);
  });
}

test.describe("keyboard users", () => {
  test("the first Tab reaches the skip link, which jumps into the main content", async ({
    page,
  }) => {
    await page.goto("/elements/workforce");
    const skip = page.getByRole("link", { name: "Skip to main content" });

    // Hidden until focused, and plainly visible once it is: painted on top at its own centre.
    expect(await isPaintedOnTop(skip), "the skip link shows before it has focus").toBe(false);
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await isPaintedOnTop(skip), "the focused skip link is hidden or covered").toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    expect(box?.height ?? 0).toBeGreaterThan(16);

    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ""), {
        message: "focus should move to #main",
      })
      .toBe("main");

    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const main = document.getElementById("main");
      const active = document.activeElement;
      if (!main || !active) return { insideMain: false, isFirstTabbable: false, active: "" };
      const tabbable = [
        ...main.querySelectorAll<HTMLElement>(
          "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]",
        ),
      ].filter((el) => el.tabIndex >= 0 && el.checkVisibility());
      return {
        insideMain: active !== main && main.contains(active),
        isFirstTabbable: tabbable[0] === active,
        active: active.outerHTML.slice(0, 200),
      };
    });
    expect(focus.insideMain, `focus went to ${focus.active}`).toBe(true);
    expect(focus.isFirstTabbable, `focus went to ${focus.active}`).toBe(true);
  });

  testInOwnContext(
    "the theme control cycles system, light and dark, and the choice survives a reload",
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto("/");
      await waitForHydration(page);
      const html = page.locator("html");
      const control = themeControl(page);

      await expect(control).toHaveAccessibleName("Theme: System");
      await expect(html).not.toHaveClass(/\bdark\b/);

      await control.click();
      await expect(control).toHaveAccessibleName("Theme: Light");
      await expect(html).toHaveClass(/\blight\b/);

      await control.click();
      await expect(control).toHaveAccessibleName("Theme: Dark");
      await expect(html).toHaveClass(/\bdark\b/);

      await page.reload();
      await waitForHydration(page);
      await expect(html).toHaveClass(/\bdark\b/);
      await expect(control).toHaveAccessibleName("Theme: Dark");

      // Back to following the system, remembered on another page too.
      await control.click();
      await expect(control).toHaveAccessibleName("Theme: System");
      await expect(html).not.toHaveClass(/\bdark\b/);
      await page.goto("/elements");
      await waitForHydration(page);
      await expect(control).toHaveAccessibleName("Theme: System");
      await expect(html).not.toHaveClass(/\bdark\b/);
    },
  );

  testInOwnContext("the theme control can be worked from the keyboard", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await waitForHydration(page);
    const control = themeControl(page);
    await control.focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Space");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(control).toHaveAccessibleName("Theme: Dark");
    await expect(control).toBeFocused();
  });
});

test("a section's link can be reached from the keyboard and puts its anchor in the address", async ({
  page,
}) => {
  await page.goto("/elements/workforce");
  const heading = page.getByRole("heading", { level: 2, name: "What the sources say" });
  await expect(heading).toHaveAttribute("id", "what-the-sources-say");
  const link = page.getByRole("link", { name: "Link to the section “What the sources say”" });
  await expect(link).toHaveAttribute("href", "#what-the-sources-say");
  await link.focus();
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS("opacity", "1");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/elements\/workforce#what-the-sources-say$/);
});

test("the main navigation marks the section the reader is in", async ({ page }) => {
  await page.goto("/elements/workforce");
  // On small screens the list sits behind the Menu disclosure.
  const menu = page.getByText("Menu", { exact: true });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Key elements" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await page.goto("/");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
});
