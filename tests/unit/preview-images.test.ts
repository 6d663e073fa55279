import { describe, expect, it } from "vitest";
import { elementTheme } from "@/components/elements/element-theme";
import { readContentBundle } from "@/lib/content/bundle";
import { createContentApi } from "@/lib/content/content-api";
import { routePatterns, routes } from "@/lib/content/routes";
import { iconNodeOf } from "@/lib/og/icon-node";
import { quoteFontSize, summaryFontSize, uncoveredCharacters } from "@/lib/og/text";
import { site } from "@/lib/site";
import { listSitePages } from "@/lib/site-model/model";

describe("preview image text", () => {
  it("finds characters the bundled font cannot draw", () => {
    expect(uncoveredCharacters("Plain “curly” words… – £5 é")).toEqual([]);
    expect(uncoveredCharacters("emoji 🙂 and Ω")).toEqual(["🙂", "Ω"]);
  });

  it("holds only characters the font can draw, for every quote, element, finding and speaker", () => {
    const api = createContentApi(readContentBundle());
    const findings = api.getFindings();
    expect(findings.length).toBeGreaterThan(0);
    const texts = [
      site.name,
      site.reportTitle,
      "Finding",
      ...api.getElements().map((e) => e.title),
      ...findings.flatMap((f) => [f.title, f.summary]),
      ...api
        .getQuoteViews()
        .flatMap((q) => [q.text, q.speaker.name, q.speaker.role, q.speaker.organisation]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(uncoveredCharacters(text), text).toEqual([]);
  });

  it("shrinks the font as quotes and summaries get longer, never below 30 and 26 px", () => {
    const lengths = [20, 100, 200, 300, 400, 500, 2000];
    for (const [fontSize, smallest] of [
      [quoteFontSize, 30],
      [summaryFontSize, 26],
    ] as const) {
      const sizes = lengths.map(fontSize);
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
      expect(sizes[0]).toBeGreaterThan(sizes[sizes.length - 1] ?? 0);
      expect(Math.min(...sizes)).toBe(smallest);
    }
  });
});

describe("which pages have an image of their own", () => {
  const bundle = readContentBundle();
  const pages = listSitePages(bundle);
  const own = pages.filter((page) => page.ownImage);

  it("every element, finding and quote page; speakers and the rest keep the default", () => {
    const kinds = new Set(own.map((page) => page.kind));
    expect([...kinds].sort()).toEqual(["element", "finding", "quote"]);
    for (const kind of kinds) {
      expect(own.filter((p) => p.kind === kind)).toEqual(pages.filter((p) => p.kind === kind));
    }
  });

  it("each with alt text that says what the image shows, not a generic label", () => {
    const count = bundle.elements.length;
    for (const element of bundle.elements) {
      const page = own.find((p) => p.path === routes.element(element.slug));
      expect(page?.imageAlt).toBe(`Key element ${element.number} of ${count}: ${element.title}`);
    }
    for (const finding of bundle.findings) {
      const page = own.find((p) => p.path === routes.finding(finding.slug));
      expect(page?.imageAlt).toBe(`Finding: ${finding.title}. ${finding.summary}`);
    }
    for (const quote of bundle.quotes) {
      const speaker = bundle.speakers.find((s) => s.slug === quote.speaker);
      const alt = own.find((p) => p.path === routes.quote(quote.id))?.imageAlt ?? "";
      expect(alt.startsWith(`“${quote.text.trim()}” `), quote.id).toBe(true);
      expect(alt).toContain(speaker?.name ?? "(no speaker)");
      expect(alt).toContain(`, ${speaker?.role ?? "?"}, ${speaker?.organisation ?? "?"}`);
    }
    const alts = own.map((page) => page.imageAlt);
    expect(new Set(alts).size).toBe(alts.length);
  });

  it("each at an address the host is told to serve as image/png", () => {
    const matchers = routePatterns.previewImages.map(
      (pattern) => new RegExp(`^${pattern.replaceAll("*", "[^/]+")}$`),
    );
    for (const page of own) {
      const image = routes.previewImage(page.path);
      expect(
        matchers.some((m) => m.test(image)),
        image,
      ).toBe(true);
    }
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
