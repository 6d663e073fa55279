import type { Locator, Page } from "@playwright/test";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import {
  elements,
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

test.describe("choosing a search result from the keyboard", () => {
  const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search the site" });

  test("focus lands on the opened page's heading, and Back returns to where search began", async ({
    page,
  }) => {
    const element = elements[0];
    if (!element) throw new Error("no elements");
    await page.goto("/");
    await waitForHydration(page);
    const opener = page.getByRole("button", { name: "Search" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type(element.title);
    await expect(page.getByRole("option").first()).toContainText(element.title);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(`/elements/${element.slug}`);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toContainText(element.title);
    await expect(h1).toBeFocused();
    await expect(opener).not.toBeFocused();
    // Tab carries on into the page from the heading, not from the header.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => {
        const active = document.activeElement;
        const main = document.getElementById("main");
        return Boolean(active && main?.contains(active) && active !== main);
      }),
    ).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL("/");
  });

  const workforce = elements.find((e) => e.slug === "workforce");
  for (const start of ["/", "/elements/workforce"]) {
    test(`from ${start}, a #section result puts focus on that section's heading`, async ({
      page,
    }) => {
      await page.goto(start);
      await waitForHydration(page);
      await page.keyboard.press("Control+k");
      await expect(searchBox(page)).toBeFocused();
      await page.keyboard.type("why it matters workforce");
      if (!workforce) throw new Error("content lost the workforce element");
      // Other elements have a "Why it matters" too: a result names the page it is on.
      const wanted = page
        .getByRole("option")
        .filter({ hasText: "Why it matters" })
        .filter({ hasText: workforce.title })
        .first();
      await expect(wanted).toBeVisible();
      // Arrow down to it, wherever the ranking puts it.
      const options = await page.getByRole("option").count();
      for (let i = 0; i < options; i += 1) {
        if ((await wanted.getAttribute("aria-selected")) === "true") break;
        await page.keyboard.press("ArrowDown");
      }
      await expect(wanted).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/\/elements\/workforce#why-it-matters$/);
      const heading = page.locator("#why-it-matters");
      await expect(heading).toBeFocused();
      expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[2-6]$/);
      await expect(heading).toBeInViewport();
    });
  }

  test("Esc clears the words, then closes the dialog and focuses the opener, with no result chosen", async ({
    page,
  }) => {
    await page.goto("/elements/workforce");
    await waitForHydration(page);
    const opener = page.getByRole("button", { name: "Search" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("poverty");
    await expect(page.getByRole("option").first()).toBeVisible();
    // As the combobox pattern has it, the first Esc clears the words (the search box's own
    // behaviour), the next closes the dialog.
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveValue("");
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page).toHaveURL("/elements/workforce");
  });
});
