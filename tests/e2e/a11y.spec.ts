import AxeBuilder from "@axe-core/playwright";
import { expect, test, waitForHydration } from "./fixtures";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every route the scan covers. Add a route here and it is scanned in both themes. */
const ROUTES: { path: string; status: number; label?: string }[] = [
  { path: "/", status: 200 },
  { path: "/elements", status: 200 },
  { path: "/elements/workforce", status: 200 },
  { path: "/speakers", status: 200 },
  { path: "/speakers/heather-ottaway", status: 200 },
  { path: "/quotes", status: 200 },
  { path: "/findings", status: 200 },
  { path: "/findings/structural-change-is-not-enough", status: 200 },
  { path: "/about", status: 200 },
  { path: "/sources", status: 200 },
  { path: "/no-such-page", status: 404, label: "the 404 page" },
];

const SCHEMES = ["light", "dark"] as const;

function describeViolations(violations: AxeResults["violations"]): string {
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
  for (const scheme of SCHEMES) {
    test(`${route.label ?? route.path} has no WCAG 2.2 AA violations (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(route.path);
      expect(response?.status(), `${route.path} should answer ${route.status}`).toBe(route.status);
      await waitForHydration(page);

      const html = page.locator("html");
      if (scheme === "dark") await expect(html).toHaveClass(/\bdark\b/);
      else await expect(html).not.toHaveClass(/\bdark\b/);

      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.length, describeViolations(results.violations)).toBe(0);
    });
  }
}

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need scrolling sideways.
test("every route reflows to 320 px without horizontal scrolling", async ({ page }) => {
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
});
