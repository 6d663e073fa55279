import { describe, expect, it } from "vitest";
import { elementTheme } from "@/components/elements/element-theme";
import { readContentBundle } from "@/lib/content/bundle";
import { createContentApi } from "@/lib/content/content-api";
import { iconNodeOf } from "@/lib/og/icon-node";
import { quoteFontSize, uncoveredCharacters } from "@/lib/og/text";
import { site } from "@/lib/site";

describe("preview image text", () => {
  it("finds characters the bundled font cannot draw", () => {
    expect(uncoveredCharacters("Plain “curly” words… – £5 é")).toEqual([]);
    expect(uncoveredCharacters("emoji 🙂 and Ω")).toEqual(["🙂", "Ω"]);
  });

  it("holds only characters the font can draw, for every quote, element and speaker", () => {
    const api = createContentApi(readContentBundle());
    const texts = [
      site.name,
      site.reportTitle,
      ...api.getElements().map((e) => e.title),
      ...api
        .getQuoteViews()
        .flatMap((q) => [q.text, q.speaker.name, q.speaker.role, q.speaker.organisation]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(uncoveredCharacters(text), text).toEqual([]);
  });

  it("shrinks the font as quotes get longer, never below 30 px", () => {
    const sizes = [20, 100, 200, 300, 400, 500, 2000].map(quoteFontSize);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes[sizes.length - 1] ?? 0);
    expect(Math.min(...sizes)).toBe(30);
  });
});

describe("element icons for preview images", () => {
  const elements = createContentApi(readContentBundle()).getElements();
  it.each(elements.map((element) => [element.slug, element] as const))(
    "%s draws as SVG shapes",
    (_slug, element) => {
      const nodes = iconNodeOf(elementTheme(element).icon);
      expect(nodes.length).toBeGreaterThan(0);
      for (const [tag, attrs] of nodes) {
        expect(["path", "circle", "rect", "line", "polyline", "polygon", "ellipse"]).toContain(tag);
        expect(attrs).not.toHaveProperty("key");
      }
    },
  );
});
