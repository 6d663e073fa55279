import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import matter from "gray-matter";
import { parse } from "yaml";

export { expect };

/** What the journeys need to know about one key element, read from its MDX frontmatter. */
export interface ElementFacts {
  slug: string;
  number: number;
  title: string;
  reportWording: string;
}

const ELEMENTS_DIR = path.resolve(__dirname, "../../content/elements");

function readFrontmatter(file: string): Record<string, unknown> {
  const source = fs.readFileSync(file, "utf8");
  if (!matter.test(source)) throw new Error(`${file} has no frontmatter block`);
  // The same YAML parser as the content build, not gray-matter's own.
  const { data } = matter(source, { engines: { yaml: (text) => parse(text) } });
  if (Object.keys(data).length === 0) throw new Error(`${file}: frontmatter is empty`);
  return data;
}

function field<T>(file: string, data: Record<string, unknown>, key: string, type: string): T {
  const value = data[key];
  if (typeof value !== type) throw new Error(`${file}: "${key}" should be a ${type}`);
  return value as T;
}

/** Every key element in content/elements, ordered by number. Read at test time, never copied. */
export const elements: ElementFacts[] = fs
  .readdirSync(ELEMENTS_DIR)
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => {
    const file = path.join(ELEMENTS_DIR, name);
    const data = readFrontmatter(file);
    return {
      slug: field<string>(file, data, "slug", "string"),
      number: field<number>(file, data, "number", "number"),
      title: field<string>(file, data, "title", "string"),
      reportWording: field<string>(file, data, "reportWording", "string"),
    };
  })
  .sort((a, b) => a.number - b.number);

export const elementCount = elements.length;

/** Every YAML file of one content folder, parsed, e.g. `readContentYaml("quotes")`. */
export function readContentYaml(folder: string): Record<string, unknown>[] {
  const dir = path.resolve(__dirname, "../../content", folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => {
      const data: unknown = parse(fs.readFileSync(path.join(dir, name), "utf8"));
      if (typeof data !== "object" || data === null) throw new Error(`${folder}/${name} is empty`);
      return data as Record<string, unknown>;
    });
}

export interface QuoteFacts {
  id: string;
  speaker: string;
  text: string;
  position: number;
  elements: string[];
}

/** Every quote in content/quotes, in source order. */
export const quotes: QuoteFacts[] = readContentYaml("quotes")
  .map((data) => ({
    id: String(data.id),
    speaker: String(data.speaker),
    text: String(data.text),
    position: Number(data.position),
    elements: Array.isArray(data.elements) ? data.elements.map(String) : [],
  }))
  .sort((a, b) => a.position - b.position);

export function elementNumbered(number: number): ElementFacts {
  const element = elements.find((e) => e.number === number);
  if (!element) throw new Error(`no element has number ${number}`);
  return element;
}

/** The theme control in the header; its name says the current choice ("Theme: System"). */
export function themeControl(page: Page) {
  return page.getByRole("button", { name: /^Theme/ });
}

/** The page is hydrated once the theme control (the only client control on every page) is live. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(themeControl(page)).toBeEnabled();
}

/** Like Playwright's test, but any uncaught error in a page fails the test that caused it. */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const record = (error: Error) => errors.push(error.stack ?? error.message);
      page.on("pageerror", record);
      await use();
      page.off("pageerror", record);
      expect(errors, `uncaught errors in the page:\n${errors.join("\n\n")}`).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For tests that only read the site: the tests of one worker share one browser tab, as a reader
 * moving through the site would, so the site's scripts and fonts come from the cache after the
 * first page rather than being fetched and compiled again for every test (on two cores, most of
 * a short test's time). Each test still starts with its own page load; afterwards the tab goes to
 * a blank page, and its window size, emulated media, listeners, routes and storage are put back.
 *
 * Use `test` instead where a test needs a context of its own: permissions (the clipboard), a
 * stored choice (the theme), its own history (Back after the quick exit), or JavaScript off; the
 * fixture refuses the options it cannot honour rather than ignore them.
 */
export const readerTest = test.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ tab, javaScriptEnabled, permissions, colorScheme, viewport }, run, testInfo) => {
    const projectViewport = testInfo.project.use.viewport;
    if (
      javaScriptEnabled === false ||
      (permissions?.length ?? 0) > 0 ||
      (colorScheme !== undefined && colorScheme !== "light") ||
      JSON.stringify(viewport) !== JSON.stringify(projectViewport)
    ) {
      throw new Error("readerTest shares one tab and cannot honour test.use options: use test.");
    }
    await run(tab);
    await tab.removeAllListeners(undefined, { behavior: "ignoreErrors" });
    await tab.unrouteAll({ behavior: "ignoreErrors" });
    await tab
      .evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      })
      .catch(() => undefined);
    await tab.goto("about:blank");
    if (projectViewport) await tab.setViewportSize(projectViewport);
    await tab.emulateMedia({ colorScheme: null, reducedMotion: null, media: null });
  },
});

/** The "Filters" control of /search, /quotes and /findings: on a phone the filters sit behind it. */
export function filtersControl(page: Page) {
  return page.locator("main summary").filter({ hasText: /^Filters\b/ });
}

/** Shows the filters: on a phone, opens the "Filters" disclosure; from `sm` up they are shown. */
export async function showFilters(page: Page): Promise<void> {
  const control = filtersControl(page);
  await control.waitFor({ state: "attached" });
  if (!(await control.isVisible())) return;
  if (!(await control.locator("..").evaluate((details) => (details as HTMLDetailsElement).open)))
    await control.click();
}
