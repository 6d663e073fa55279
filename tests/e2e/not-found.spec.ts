import type { Page } from "@playwright/test";
// These tests only read pages: each worker runs them in one tab (readerTest in fixtures.ts).
import { elements, expect, readerTest as test } from "./fixtures";

/** Server answers that do not depend on the window size: checked on desktop only. */
const ANY_VIEWPORT = { tag: "@any-viewport" };

const NOT_FOUND_HEADING = /can.t find that page/i;

async function expectNotFoundPage(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), `${url} should answer 404`).toBe(404);
  expect(response?.headers()["content-type"]).toMatch(/^text\/html/);

  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(NOT_FOUND_HEADING);

  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "All eight key elements" })).toHaveAttribute(
    "href",
    "/elements",
  );
  for (const element of elements) {
    await expect(main.locator(`a[href="/elements/${element.slug}"]`)).toHaveText(
      `${element.number}. ${element.title}`,
    );
  }
}

test(
  "an unknown element is a 404 that leads back to the elements",
  ANY_VIEWPORT,
  async ({ page }) => {
    await expectNotFoundPage(page, "/elements/not-a-real-element");
  },
);

test("an unknown page is a 404 that leads back to the elements", async ({ page }) => {
  await expectNotFoundPage(page, "/no-such-page");
});

test("the 404 page's links work", async ({ page }) => {
  await page.goto("/no-such-page");
  await page.getByRole("main").getByRole("link", { name: "All eight key elements" }).click();
  await expect(page).toHaveURL("/elements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The eight key elements");
});

for (const url of [
  "/elements/%E2%80%A6%3Cscript%3E",
  "/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/elements/workforce/extra",
]) {
  test(
    `an odd address (${url}) is a plain 404 page, not a crash`,
    ANY_VIEWPORT,
    async ({ page }) => {
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs += 1;
        await dialog.dismiss();
      });
      await expectNotFoundPage(page, url);
      // No markup leaks into the text, and nothing from the address runs.
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/<\/?[a-z!][^>]*>/i);
      expect(text).not.toContain("alert(1)");
      expect(dialogs).toBe(0);
    },
  );
}
