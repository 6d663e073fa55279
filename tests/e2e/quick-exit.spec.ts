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
