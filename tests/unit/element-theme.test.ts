import { describe, expect, it } from "vitest";
import { elementThemes } from "@/components/elements/element-theme";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { PROJECT_ROOT } from "./helpers/fixture";

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The page backgrounds and label colours of globals.css, in each theme. */
const LIGHT_BACKGROUNDS = ["#ffffff", "#f3f6f9"];
const DARK_BACKGROUNDS = ["#0e141b", "#17202a"];

describe("element colours", () => {
  for (const [slug, theme] of Object.entries(elementThemes)) {
    it(`${slug} meets WCAG AA as text and as a fill under its label, light and dark`, () => {
      for (const bg of LIGHT_BACKGROUNDS) expect(contrast(theme.light, bg)).toBeGreaterThan(4.5);
      expect(contrast("#ffffff", theme.light)).toBeGreaterThan(4.5);
      for (const bg of DARK_BACKGROUNDS) expect(contrast(theme.dark, bg)).toBeGreaterThan(4.5);
      expect(contrast("#0e141b", theme.dark)).toBeGreaterThan(4.5);
    });
  }

  it("are distinct for each element", () => {
    const colours = Object.values(elementThemes).map((t) => t.light);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it("cover every element in content/", async () => {
    const bundle = await loadContent(path.join(PROJECT_ROOT, "content"));
    expect(bundle.elements).toHaveLength(8);
    for (const element of bundle.elements) {
      expect(Object.keys(elementThemes), element.slug).toContain(element.slug);
    }
  });
});
