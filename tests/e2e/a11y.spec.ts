import type { Result } from "axe-core";
import { axeViolations } from "./axe";
// The sweep only reads pages: one tab per worker visits them all (see readerTest).
import { expect, readerTest as test, waitForHydration } from "./fixtures";
import { sitePages } from "./site";

/**
 * Every page of the site, from the one list of pages, plus the 404 page. On a phone, one page
 * of each kind: the rules that depend on the window's width are the same for every page of a kind.
 */
const ROUTES: { path: string; status: number; label: string; kind: string }[] = [
  ...sitePages.map((p) => ({ path: p.path, status: 200, label: p.path, kind: p.kind })),
  { path: "/no-such-page", status: 404, label: "the 404 page", kind: "not-found" },
];
const ONE_OF_EACH_KIND = new Set(
  [...new Map(ROUTES.map((r) => [r.kind, r.path])).values()].concat("/"),
);

function describeViolations(violations: Result[]): string {
  const lines = violations.flatMap((v) => [
    `• ${v.id} (${v.impact ?? "no impact"}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.flatMap((node) => [
      `  - ${node.target.map(String).join(" ")}`,
      ...(node.failureSummary ?? "")
        .split("\n")
        .filter((line) => line.trim() && !/^Fix (any|all)/.test(line))
        .map((line) => `      ${line.trim()}`),
    ]),
  ]);
  return `${violations.length} accessibility violation(s):\n${lines.join("\n")}`;
}

for (const route of ROUTES) {
  // Pages beyond one of each kind are checked once, at desktop width (@any-viewport).
  const tag = ONE_OF_EACH_KIND.has(route.path) ? [] : ["@any-viewport"];
  test(
    `${route.label} has no WCAG 2.2 AA violations (light and dark)`,
    { tag },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(route.path);
      expect(response?.status(), `${route.path} should answer ${route.status}`).toBe(route.status);
      // Embed cards have no script and no theme control: they follow the system's scheme alone.
      const hydrates = route.kind !== "embed";
      if (hydrates) await waitForHydration(page);
      const html = page.locator("html");
      if (hydrates) await expect(html).not.toHaveClass(/\bdark\b/);
      const light = await axeViolations(page, "wcag");
      expect(light.length, `light: ${describeViolations(light)}`).toBe(0);

      // The site follows the system's scheme as it changes, so one load serves both themes. Only
      // colours change between them: the dark run checks the colour rules alone.
      await page.emulateMedia({ colorScheme: "dark" });
      if (hydrates) await expect(html).toHaveClass(/\bdark\b/);
      const dark = await axeViolations(page, "theme");
      expect(dark.length, `dark: ${describeViolations(dark)}`).toBe(0);
    },
  );
}

// The sweep can fail: the same check finds faults put into a page on purpose, in both themes.
test(
  "the check finds violations when a page has them",
  { tag: "@any-viewport" },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/about");
    await waitForHydration(page);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/favicon.ico";
      const faint = document.createElement("p");
      faint.textContent = "Faint text";
      faint.style.color = "#777";
      faint.style.background = "#888";
      document.querySelector("main")?.append(image, faint);
    });
    const light = await axeViolations(page, "wcag");
    expect(light.map((v) => v.id).sort()).toEqual(["color-contrast", "image-alt"]);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await axeViolations(page, "theme");
    expect(dark.map((v) => v.id)).toEqual(["color-contrast"]);
  },
);

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need scrolling sideways.
test(
  "every route reflows to 320 px without horizontal scrolling",
  { tag: "@any-viewport" },
  async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 700 });
    for (const route of ROUTES) {
      await page.goto(route.path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `${route.path} is ${scrollWidth}px wide at 320px`).toBeLessThanOrEqual(
        clientWidth,
      );
    }
  },
);
