// These tests only read pages: each worker runs them in one tab (readerTest in fixtures.ts).
import { expect, readerTest as test } from "./fixtures";
import { siteOrigin, sitePages } from "./site";

/** Every change note is a server answer: checked on desktop only. */
const ANY_VIEWPORT = { tag: "@any-viewport" };

test(
  "a corrected page says when it was last updated and what changed, as /changes does",
  ANY_VIEWPORT,
  async ({ page }) => {
    await page.goto("/changes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes to this site");
    const day = page.locator("main ol > li").first();
    const date = (await day.getByRole("heading", { level: 2 }).textContent())?.trim() ?? "";
    expect(date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const entry = day.locator("ul > li").first();
    const link = entry.getByRole("link");
    const note = (await entry.locator("p").nth(1).textContent())?.trim() ?? "";
    expect(note.length).toBeGreaterThan(20);
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\//);

    await link.click();
    await expect(page).toHaveURL(href ?? "");
    const updates = page.locator("main details.page-updates");
    const summary = updates.locator("summary");
    await expect(summary).toContainText(`Last updated ${date}`);
    // The notes are folded away until asked for, then read as they are on /changes.
    await expect(updates.getByText(note)).toBeHidden();
    await summary.click();
    await expect(updates.getByText(note)).toBeVisible();
    await expect(updates.getByRole("link", { name: "Every change to this site" })).toHaveAttribute(
      "href",
      "/changes",
    );
  },
);

test(
  "a page whose words have not changed shows no 'Last updated'",
  ANY_VIEWPORT,
  async ({ page }) => {
    // A list page with no change notes, from the site model (which pages have changed moves on).
    const unchanged = sitePages.find((p) => p.kind === "list" && p.changes.length === 0);
    if (!unchanged) throw new Error("every list page has changed: pick another kind");
    await page.goto(unchanged.path);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByText(/Last updated/)).toHaveCount(0);
  },
);

test(
  "the Atom feed is well-formed, announced, and lists the same notes as /changes",
  ANY_VIEWPORT,
  async ({ page, request }) => {
    const response = await request.get("/changes.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();

    await page.goto("/changes");
    await expect(
      page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute("href", `${siteOrigin}/changes.xml`);
    const listed = await page.locator("main ol > li > ul > li").count();
    expect(listed).toBeGreaterThan(0);

    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      const root = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].find((c) => c.namespaceURI === atom && c.localName === name);
      const entries = [...root.children].filter((c) => c.localName === "entry");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        id: child(root, "id")?.textContent,
        updated: child(root, "updated")?.textContent,
        author: child(root, "author")
          ? child(child(root, "author") as Element, "name")?.textContent
          : undefined,
        self: [...root.children]
          .find((c) => c.localName === "link" && c.getAttribute("rel") === "self")
          ?.getAttribute("href"),
        entries: entries.map((e) => ({
          id: child(e, "id")?.textContent ?? "",
          updated: child(e, "updated")?.textContent ?? "",
          title: child(e, "title")?.textContent ?? "",
          link: child(e, "link")?.getAttribute("href") ?? "",
        })),
      };
    }, xml);

    expect(feed.error).toBe(false);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.id).toBe(`${siteOrigin}/changes`);
    expect(feed.self).toBe(`${siteOrigin}/changes.xml`);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(feed.author).toBeTruthy();
    expect(feed.entries).toHaveLength(listed);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(listed);
    for (const entry of feed.entries) {
      expect(entry.title).not.toBe("");
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(entry.link.startsWith(`${siteOrigin}/`), entry.link).toBe(true);
    }
  },
);
