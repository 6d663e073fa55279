import axeCore, { type Result, type RunOptions } from "axe-core";
import type { Page } from "@playwright/test";

/** WCAG 2.2 AA: the standard the site is held to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The axe rules whose outcome depends on colour, and so on the theme. */
export const THEME_RULES = ["color-contrast", "link-in-text-block"];

/** What to check: every WCAG 2.2 AA rule, or only the rules a change of theme can affect. */
export type AxeScope = "wcag" | "theme";

const RUN_ONLY: Record<AxeScope, RunOptions["runOnly"]> = {
  wcag: { type: "tag", values: WCAG_TAGS },
  theme: { type: "rule", values: THEME_RULES },
};

/**
 * The WCAG violations axe finds in the page as it is now.
 *
 * axe-core is put into the page once per load and run there with `axe.run`, reporting violations
 * only: the same rules run, without building the details of every check that passes. A second
 * check of the same load (the dark theme after the light) reuses it. @axe-core/playwright puts
 * axe in four times per check and opens a blank page to merge results from frames, which more
 * than doubled the time of each check here (0.94 s against 0.34 s on the home page). Frames are
 * what it is for; the site has none, and should one appear this stops rather than miss it.
 */
export async function axeViolations(page: Page, scope: AxeScope): Promise<Result[]> {
  const frames = page.frames().length;
  if (frames > 1) {
    throw new Error(`${page.url()} has ${frames - 1} frame(s): axeViolations checks no frames.`);
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeCore.source);
  const options: RunOptions = { runOnly: RUN_ONLY[scope], resultTypes: ["violations"] };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: typeof axeCore }).axe.run(document, opts),
    options,
  );
  return results.violations;
}
