import { axeViolations } from "./axe";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts); the rest
// get a context of their own.
import {
  expect,
  quotes,
  readerTest as test,
  showFilters,
  test as testInOwnContext,
  waitForHydration,
} from "./fixtures";

const isSearchAsset = (url: string) => /search-index\.json|search-text\/|flexsearch/i.test(url);

test("Ctrl+K, typing, ArrowDown and Enter land on a section's deep link", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await expect(box).toBeFocused();
  await box.fill("why it matters workforce");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  // The first result is the section, named with its page; the arrows move away and back.
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  const active = page.getByRole("option", { selected: true });
  await expect(active).toContainText("A skilled, supported workforce: Why it matters");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/elements\/workforce#why-it-matters$/);
});

test("Esc closes the dialog and returns focus to the button", async ({ page }) => {
  await page.goto("/");
  await waitForHydration(page);
  const button = page.getByRole("button", { name: "Search" });
  await button.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(button).toBeFocused();
});

test("/search with a speaker shows only that speaker's quotes", async ({ page }) => {
  const speaker = "heather-ottaway";
  const theirs = quotes.filter((q) => q.speaker === speaker).map((q) => `/quotes/${q.id}`);
  await page.goto(`/search?q=children&speaker=${speaker}&type=quote`);
  const links = page.locator("main ol > li a");
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(theirs).toContain(href);
});

test("input is shown as text, never run", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)> .*( 😀")}`);
  // The results' status line (each "Add to brief" button in the results has its own status).
  await expect(page.getByRole("status").filter({ hasText: /Nothing found|result/ })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the search dialog passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("combobox").fill("poverty");
    await expect(page.getByRole("option").first()).toBeVisible();
    // Only colours change between the themes: the dark run checks the colour rules alone.
    const violations = await axeViolations(page, scheme === "light" ? "wcag" : "theme");
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

testInOwnContext(
  "no search index or flexsearch code is fetched before search is used",
  async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/elements/workforce");
    await waitForHydration(page);
    await page.mouse.wheel(0, 2000);
    await page.waitForLoadState("networkidle");
    expect(requested.filter(isSearchAsset)).toEqual([]);
    const index = page.waitForResponse((r) => r.url().includes("search-index.json"));
    await page.getByRole("button", { name: "Search" }).click();
    expect((await index).ok()).toBe(true);
  },
);

test("/search?type=quote leads with exactly the quotes /quotes shows for the same words", async ({
  page,
}) => {
  for (const words of ["third-sector", "Scotland’s children", "working extremely hard"]) {
    await page.goto(`/quotes?q=${encodeURIComponent(words)}`);
    await waitForHydration(page);
    const done = page
      .getByRole("status")
      .filter({ hasText: /^Showing \d+ of \d+ quotes: containing/ });
    await expect(done).toBeVisible();
    const shown = await page
      .locator("main figure[id]")
      .evaluateAll((els) => els.map((e) => `/quotes/${e.id}`));
    expect(shown.length, words).toBeGreaterThan(0);

    await page.goto(`/search?type=quote&q=${encodeURIComponent(words)}`);
    await expect(page.getByRole("status").filter({ hasText: /results? contains?/ })).toBeVisible();
    const hrefs = await page
      .locator("main ol > li a")
      .evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.slice(0, shown.length).sort(), words).toEqual([...shown].sort());
  }
});

test("Enter with nothing found opens /search, which reads the words from the address", async ({
  page,
}) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await box.fill("zzqxv");
  await expect(page.getByRole("dialog").getByText("Nothing found")).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL("/search?q=zzqxv");
  await expect(page.getByLabel("Search words")).toHaveValue("zzqxv");
  await expect(page.getByRole("status").filter({ hasText: "Nothing found" })).toBeVisible();
});

test("/search names a filter it does not know, and clears it", async ({ page }) => {
  await page.goto("/search?q=children&type=gossip");
  await waitForHydration(page);
  await expect(page.getByText("no type called “gossip”")).toBeVisible();
  await expect(page.locator("main ol > li").first()).toBeVisible();
  await page.getByRole("button", { name: "Clear the type filter" }).click();
  await expect(page).toHaveURL("/search?q=children");
  await expect(page.getByText("no type called")).toHaveCount(0);
  await showFilters(page);
  await page.getByLabel("Type", { exact: true }).selectOption("quote");
  await expect(page).toHaveURL("/search?q=children&type=quote");
  await expect(page.locator("main ol > li").first()).toHaveAttribute("data-type", "quote");
});

test("a typo is searched as the nearest word, with a way back to the words as typed", async ({
  page,
}) => {
  await page.goto("/");
  await waitForHydration(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await box.fill("povety");
  await expect(dialog.getByText("Showing results for")).toContainText("poverty");
  await expect(page.getByRole("option").first()).toContainText("Tackling poverty");
  await expect(dialog.getByRole("status").filter({ hasText: /result/ })).toContainText(
    /results? contains? “poverty”/,
  );
  await dialog.getByRole("button", { name: "Search instead for povety" }).click();
  await expect(box).toHaveValue('"povety"');
  await expect(dialog.getByRole("status").filter({ hasText: /Nothing/ })).toContainText(
    "Nothing found",
  );
});

test("a result says what it is: a quote by its opening words and speaker, with its text marked", async ({
  page,
}) => {
  await page.goto(`/search?type=quote&q=${encodeURIComponent('"working extremely hard"')}`);
  const first = page.locator("main ol > li").first();
  await expect(first).toContainText("Quote");
  await expect(first).toContainText("Claire Burns, Director, CELCIS");
  await expect(first.locator("a > span").nth(1)).toHaveText(/^“.+”$/);
  // The snippet comes with the text chunk, after the results: only the words asked for marked.
  await expect(first.locator("mark")).toHaveText(["working", "extremely", "hard"]);
});

test("a question's words that carry no meaning are dropped and never marked", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("what does this mean for young people")}`);
  await expect(page.getByText("Not searched for, as too common")).toContainText("what, does");
  await expect(page.locator("main ol > li mark").first()).toBeVisible();
  const marks = await page.locator("main ol > li mark").allTextContents();
  expect(
    marks.map((m) => m.toLowerCase()).filter((m) => ["what", "does", "this", "for"].includes(m)),
  ).toEqual([]);
});

test("the open data is found by what it is", async ({ page }) => {
  for (const words of ["csv", "download"]) {
    await page.goto(`/search?q=${words}`);
    await expect(page.locator("main ol > li").first()).toBeVisible();
    const hrefs = await page
      .locator("main ol > li a")
      .evaluateAll((all) => all.slice(0, 3).map((a) => a.getAttribute("href")));
    expect(
      hrefs.some((href) => href === "/quotes" || href === "/data"),
      words,
    ).toBe(true);
  }
});

test("nothing found with a filter: a way to drop it, and places to browse", async ({ page }) => {
  await page.goto("/search?q=poverty&type=quote&speaker=alexis-jay");
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: "Nothing found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "the key elements" })).toBeVisible();
  await page.getByRole("button", { name: /^Search every speaker/ }).click();
  await expect(page).toHaveURL("/search?q=poverty&type=quote");
  await expect(page.locator("main ol > li").first()).toHaveAttribute("data-type", "quote");
});
