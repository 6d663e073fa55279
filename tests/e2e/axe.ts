import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 AA: the standard the site is held to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The axe rules whose outcome depends on colour, and so on the theme. */
export const THEME_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe, reporting violations only: the same rules run, but it skips building the details of every
 * passing and inapplicable check, which is most of its time on a long page.
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
