import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_WORDS,
  containsEveryWord,
  holdsPhrase,
  normaliseText,
  parseQuery,
  phraseWordsOf,
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
    expect(queryWords("b c d e f g h j k l")).toHaveLength(MAX_QUERY_WORDS);
    expect(queryWords("   ")).toEqual([]);
  });

  it("reads a number with thousands separators as one word", () => {
    expect(wordsOf("more than 1,400 people, 5,500 experiences, 10,000,000 and 1,2")).toEqual([
      "more",
      "than",
      "1400",
      "people",
      "5500",
      "experiences",
      "10000000",
      "and",
      "1",
      "2",
    ]);
    expect(containsEveryWord("over 1,400 members", "1400")).toBe(true);
  });
});

describe("parseQuery", () => {
  it("drops words that carry no meaning, unless the query has nothing else", () => {
    expect(parseQuery("What does this mean for young people?")).toMatchObject({
      words: ["young", "people"],
      dropped: ["what", "does", "this", "mean", "for"],
      phrases: [],
    });
    expect(parseQuery("what is this")).toMatchObject({
      words: ["what", "is", "this"],
      dropped: [],
    });
    expect(queryWords("the workforce")).toEqual(["workforce"]);
  });
  it("drops the verb of a question only in a question", () => {
    expect(queryWords("what did Claire Burns say")).toEqual(["claire", "burns"]);
    expect(queryWords("say no more")).toEqual(["say", "no", "more"]);
  });
  it("reads text in quotation marks of any style as a phrase, open to the end if unclosed", () => {
    expect(parseQuery('"working extremely hard" workforce')).toMatchObject({
      words: ["working", "extremely", "hard", "workforce"],
      phrases: [["working", "extremely", "hard"]],
      exact: ["working", "extremely", "hard"],
    });
    expect(parseQuery("“equal partner”").phrases).toEqual([["equal", "partner"]]);
    expect(parseQuery('the "if, and only if').phrases).toEqual([["if", "and", "only", "if"]]);
    expect(parseQuery('"povety"')).toMatchObject({
      words: ["povety"],
      phrases: [],
      exact: ["povety"],
    });
  });
  it("finds a phrase in text word by word, by any form of each word", () => {
    const words = phraseWordsOf("Scotland’s children, and the third-sector partner");
    expect(holdsPhrase(words, ["scotland", "children"])).toBe(true);
    expect(holdsPhrase(words, ["third", "sector", "partner"])).toBe(true);
    expect(holdsPhrase(words, ["children", "scotland"])).toBe(false);
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
