import { describe, expect, it } from "vitest";
import { comparableUrl, unbackedSources, urlsIn } from "@/lib/verify/source-urls";

describe("source addresses against the checked facts", () => {
  it("compare without scheme, leading www. or trailing slash", () => {
    expect(comparableUrl("https://www.gov.scot/publications/x/")).toBe("gov.scot/publications/x");
    expect(comparableUrl("http://gov.scot/publications/x")).toBe("gov.scot/publications/x");
  });

  it("are found in running text, without the full stop that ends a sentence", () => {
    expect([...urlsIn("See https://example.org/a. And http://www.example.org/b/ too")]).toEqual([
      "example.org/a",
      "example.org/b",
    ]);
  });

  it("that appear in no checked text are reported, and only those", () => {
    const sources = [
      { slug: "known", url: "https://www.example.org/known/" },
      { slug: "from-memory", url: "https://example.org/guessed" },
    ];
    const facts = "- A fact. https://example.org/known\n- Another. https://example.org/other";
    expect(unbackedSources(sources, [facts]).map((s) => s.slug)).toEqual(["from-memory"]);
    expect(unbackedSources(sources, [facts, "https://example.org/guessed"])).toEqual([]);
  });
});
