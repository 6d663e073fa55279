import { describe, expect, it } from "vitest";
import { summarySentence } from "@/components/search/search-summary";
import type { SearchOutcome } from "@/lib/search/outcome";

const outcome = (over: Partial<SearchOutcome>): SearchOutcome => ({
  hits: [],
  total: 5,
  complete: 5,
  words: [],
  dropped: [],
  corrections: [],
  suggestions: [],
  wantsText: [],
  ...over,
});

describe("the sentence above search results", () => {
  it("names a single word as the reader typed it, not as the index holds it", () => {
    expect(summarySentence(outcome({ words: ["uncrc"] }), "UNCRC")).toBe(
      "5 results contain “UNCRC”.",
    );
    expect(summarySentence(outcome({ words: ["girfec"], dropped: ["what"] }), "what GIRFEC")).toBe(
      "5 results contain “GIRFEC”.",
    );
  });

  it("names the corrected word when a typo was corrected", () => {
    const corrected = outcome({
      words: ["povety"],
      corrections: [{ from: "povety", to: "poverty" }],
    });
    expect(summarySentence(corrected, "Povety")).toBe("5 results contain “poverty”.");
  });

  it("counts results holding every word apart from those holding some", () => {
    const partial = outcome({ words: ["child", "poverty"], total: 22, complete: 9 });
    expect(summarySentence(partial, "child poverty")).toBe(
      "9 results contain all your words; 13 more contain some of them.",
    );
    expect(summarySentence(outcome({ words: ["a", "b"], complete: 0 }), "a b")).toMatch(
      /^No result contains all your words\. The 5 below contain some of them\.$/,
    );
  });
});
