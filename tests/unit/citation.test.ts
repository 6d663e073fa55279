import { describe, expect, it } from "vitest";
import { harvardAuthor, harvardDate, harvardQuoteCitation } from "@/lib/citation";

describe("Harvard citations", () => {
  it("writes authors as surname and initials", () => {
    expect(harvardAuthor("Claire Burns")).toBe("Burns, C.");
    expect(harvardAuthor("Mary Ann Smith")).toBe("Smith, M.A.");
    expect(harvardAuthor("CELCIS")).toBe("CELCIS");
  });

  it("writes dates as day, month and year", () => {
    expect(harvardDate("2023-12-13")).toEqual({
      year: "2023",
      dayMonth: "13 December",
      full: "13 December 2023",
    });
  });

  it("cites a quote as quoted in its dated source, at the given URL", () => {
    const citation = harvardQuoteCitation({
      speaker: "Claire Burns",
      source: { title: "A release.", publisher: "CELCIS", date: "2023-12-13" },
      url: "https://example.org/quotes/x",
    });
    expect(citation).toBe(
      "Burns, C. (2023) quoted in CELCIS (2023) A release. 13 December. Available at: https://example.org/quotes/x.",
    );
  });

  it("adds the access date when known, and says 'no date' for undated sources", () => {
    const citation = harvardQuoteCitation({
      speaker: "Jo Bloggs",
      source: { title: "Page", publisher: "Pub" },
      url: "https://example.org/q",
      accessed: new Date("2025-05-01T10:00:00Z"),
    });
    expect(citation).toBe(
      "Bloggs, J. (no date) quoted in Pub (no date) Page. Available at: https://example.org/q (Accessed: 1 May 2025).",
    );
  });
});
