import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_WORDS,
  containsEveryWord,
  normaliseText,
  queryWords,
  textForms,
  wordsOf,
} from "@/lib/text/match";

describe("normaliseText", () => {
  it("folds case, accents, and every style of apostrophe and joining dash", () => {
    expect(normaliseText("It’s  “Café”")).toBe('it\'s "cafe"');
    expect(normaliseText("it´s itʼs it′s it‘s it＇s")).toBe("it's it's it's it's it's");
    expect(normaliseText("long‐term long‑term long–term long−term")).toBe(
      "long-term long-term long-term long-term",
    );
    expect(normaliseText("Straße Ærø Łódź")).toBe("strasse aero lodz");
    expect(normaliseText("chil\u00ADdren\u200D")).toBe("children");
  });
});

describe("words", () => {
  it("keeps apostrophes and hyphens inside words, and nothing else", () => {
    expect(wordsOf("‘Scotland’s third-sector’ — children’ (2019–2023)")).toEqual([
      "scotland's",
      "third-sector",
      "children",
      "2019-2023",
    ]);
    expect(wordsOf("change—and more")).toEqual(["change", "and", "more"]);
    expect(wordsOf("<b>x</b> .*( 😀")).toEqual(["b", "x", "b"]);
  });

  it("finds a hyphenated word whole, joined and by its parts; a possessive by its stem", () => {
    expect([...textForms("third-sector")].sort()).toEqual(
      ["sector", "third", "third-sector", "thirdsector"].sort(),
    );
    expect([...textForms("Scotland’s")].sort()).toEqual(
      ["scotland", "scotland's", "scotlands"].sort(),
    );
  });

  it("reads a query as the words it asks for", () => {
    expect(queryWords("  Third–Sector  SCOTLAND’S scotland's ")).toEqual([
      "third",
      "sector",
      "scotland's",
    ]);
    expect(queryWords("<script>alert(1)</script>")).toEqual(["script", "alert", "1"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(MAX_QUERY_WORDS);
    expect(queryWords("   ")).toEqual([]);
  });
});

describe("containsEveryWord", () => {
  const text = "Renewing the relationship with the third sector, Scotland’s long-term partner.";
  it.each([
    ["third sector", true],
    ["third-sector", true],
    ["THIRD SECTOR", true],
    ["scotland's", true],
    ["Scotland", true],
    ["scotlands", true],
    ["long-term", true],
    ["longterm", true],
    ["term", true],
    ["long term partner", true],
    ["", true],
    ["relation", false],
    ["sector's", false],
    ["thirdsector", false],
    ["third sector children", false],
  ])("%j in the text: %s", (query, expected) => {
    expect(containsEveryWord(text, query)).toBe(expected);
  });
});
