import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { elementIcon, elementStyle, elementTheme } from "@/components/elements/element-theme";
import { readCollection } from "@/lib/content/read";
import { elementIcons } from "@/lib/content/schemas";
import { fixtureProblems, PROJECT_ROOT, removeTempDirs } from "./helpers/fixture";

afterAll(removeTempDirs);

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

// Read from content/elements at test time: the colours are the content's, not a copy.
const { entries, problems } = await readCollection(
  path.join(PROJECT_ROOT, "content"),
  "elements",
  PROJECT_ROOT,
);
const elements = entries.map((entry) => entry.data);

describe("element colours in content/elements", () => {
  it("are read from every element file without problems", () => {
    expect(problems).toEqual([]);
    expect(elements.length).toBeGreaterThan(0);
  });

  for (const element of elements) {
    it(`${element.slug} meets WCAG AA as text and as a fill under its label, light and dark`, () => {
      const { light, dark } = element.colour;
      for (const bg of LIGHT_BACKGROUNDS) expect(contrast(light, bg)).toBeGreaterThan(4.5);
      expect(contrast("#ffffff", light)).toBeGreaterThan(4.5);
      for (const bg of DARK_BACKGROUNDS) expect(contrast(dark, bg)).toBeGreaterThan(4.5);
      expect(contrast("#0e141b", dark)).toBeGreaterThan(4.5);
    });
  }

  it("are distinct for each element, in each theme", () => {
    for (const theme of ["light", "dark"] as const) {
      const colours = elements.map((element) => element.colour[theme].toLowerCase());
      expect(new Set(colours).size, theme).toBe(colours.length);
    }
  });

  it("reach the page as the element's CSS variables", () => {
    for (const element of elements) {
      expect(elementStyle(element)).toEqual({
        "--el-light": element.colour.light,
        "--el-dark": element.colour.dark,
      });
      expect(elementTheme(element)).toMatchObject(element.colour);
    }
  });
});

describe("element icons", () => {
  it("has a component for every icon name the schema allows", () => {
    for (const name of elementIcons) {
      expect(elementIcon({ icon: name }), name).toBeTruthy();
    }
    expect(new Set(elementIcons.map((name) => elementIcon({ icon: name }))).size).toBe(
      elementIcons.length,
    );
  });

  it("are distinct for each element", () => {
    const icons = elements.map((element) => element.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });
});

describe("a bad colour or icon in front matter", () => {
  it("fails the build naming the file and the field", async () => {
    expect(await fixtureProblems("bad-element-look")).toEqual([
      {
        file: "elements/three.mdx",
        field: "icon",
        message: expect.stringMatching(/^expected one of "blocks", .*"users"$/),
      },
      {
        file: "elements/three.mdx",
        field: "colour.dark",
        message: "a colour written #rrggbb, such as `#1d4ed8`",
      },
    ]);
  });
});
