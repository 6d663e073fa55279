import { describe, expect, it } from "vitest";
import { formatApa } from "@/lib/cite/apa";
import { elementWork, personFromName, quoteWork, reportWork } from "@/lib/cite/content";
import { formatBibtex, formatRis } from "@/lib/cite/export-formats";
import { formatHarvard } from "@/lib/cite/harvard";
import { initials, joinNames } from "@/lib/cite/work";
import type { QuoteView } from "@/lib/content/quote-view";

const report = { title: "A Report: On Things", publisher: "CELCIS", published: "2023-12-13" };
const reportCited = reportWork(report, { url: "https://example.org/report" });

const quote: QuoteView = {
  id: "q",
  text: "One two three four five six seven eight nine ten eleven twelve thirteen.",
  position: 1,
  tags: [],
  speaker: {
    slug: "jo",
    name: "Dr Jo Bloggs",
    shortName: "Jo Bloggs",
    role: "Head",
    organisation: "Org",
  },
  source: {
    slug: "s",
    title: "A news story",
    publisher: "CELCIS",
    url: "https://example.org/news",
    kind: "news-release",
    date: "2023-12-13",
  },
  elements: [],
  permalink: "/quotes/q",
  inContext: "/speakers/jo#q",
  statement: { index: 1, count: 1 },
};

describe("Harvard", () => {
  it("cites a report by its corporate author without repeating it as publisher", () => {
    expect(formatHarvard(reportCited)).toBe(
      "CELCIS (2023) A Report: On Things [Report]. Available at: https://example.org/report",
    );
  });

  it("cites an element as this site's page for it, not as a part of the report", () => {
    const work = elementWork(
      { name: "The Site" },
      { number: 4, title: "Workforce", updated: "2026-12-01" },
      "https://site.org/elements/workforce",
    );
    expect(formatHarvard(work)).toBe(
      "The Site (2026) Key element 4: Workforce [Web page]. Available at: https://site.org/elements/workforce",
    );
    expect(formatHarvard(work)).not.toMatch(/CELCIS|A Report/);
  });

  it("names the site's publisher as author when one is set, and says n.d. without a date", () => {
    const work = elementWork(
      { name: "The Site", publisher: "Some Body" },
      { number: 4, title: "Workforce" },
      "https://site.org/elements/workforce",
    );
    expect(formatHarvard(work)).toBe(
      "Some Body (n.d.) 'Key element 4: Workforce', in The Site [Web page]. Available at: https://site.org/elements/workforce",
    );
    expect(formatApa(work)).toBe(
      "Some Body. (n.d.). Key element 4: Workforce. In The Site [Web page]. https://site.org/elements/workforce",
    );
  });

  it("cites a quote as its speaker's whole words quoted in the source", () => {
    expect(formatHarvard(quoteWork(quote))).toBe(
      "Bloggs, J. (2023) 'One two three four five six seven eight nine ten eleven twelve thirteen.', quoted in CELCIS (2023) A news story [News release]. Available at: https://example.org/news",
    );
  });
});

describe("APA", () => {
  it("dates a report by year and a news release by full date", () => {
    expect(formatApa(reportCited)).toBe(
      "CELCIS. (2023). A Report: On Things [Report]. https://example.org/report",
    );
    expect(formatApa(quoteWork(quote))).toBe(
      "CELCIS. (2023, December 13). A news story [News release]. https://example.org/news",
    );
  });

  it("dates a news release known only by its year by that year alone", () => {
    const byYear = { ...quote, source: { ...quote.source, date: "2023" } };
    expect(formatApa(quoteWork(byYear))).toBe(
      "CELCIS. (2023). A news story [News release]. https://example.org/news",
    );
    expect(formatHarvard(quoteWork(byYear))).toContain("quoted in CELCIS (2023) A news story");
  });

  it("joins several authors with an ampersand", () => {
    const work = {
      ...reportCited,
      authors: [personFromName("Ann Lee"), personFromName("Bo Day"), personFromName("Cy Ong")],
    };
    expect(formatApa(work)).toMatch(/^Lee, A\., Day, B\., & Ong, C\. \(2023\)/);
  });
});

describe("building blocks", () => {
  it("makes initials and joins names", () => {
    expect(initials("Mary Ann")).toBe("M. A.");
    expect(initials("jean-luc")).toBe("J.-L.");
    expect(joinNames(["A", "B", "C"], "and")).toBe("A, B and C");
    expect(joinNames(["A", "B"], "&")).toBe("A & B");
  });

  it("never borrows another work's date when the source has none", () => {
    const { date: _date, ...undated } = quote.source;
    const work = quoteWork({ ...quote, source: undated });
    expect(work.date).toBeUndefined();
    expect(formatHarvard(work)).toContain("Bloggs, J. (n.d.)");
  });

  it("rejects a malformed date rather than printing it", () => {
    expect(() => formatHarvard({ ...reportCited, date: "13/12/2023" })).toThrow(/yyyy-mm-dd/);
  });
});

describe("reference manager files", () => {
  it("writes BibTeX with escaped special characters and braced names", () => {
    const bib = formatBibtex({ ...reportCited, title: "Costs & 50% of {it}" }, "key2023");
    expect(bib).toMatch(/^@techreport\{key2023,\n/);
    expect(bib).toContain("author = {{CELCIS}}");
    expect(bib).toContain("title = {{Costs \\& 50\\% of \\{it\\}}}");
    expect(bib).toContain("year = {2023}");
    expect(bib).toContain("month = {dec}");
    expect(() => formatBibtex(reportCited, "bad key")).toThrow(/BibTeX key/);
  });

  it("writes RIS with CRLF line endings and an end record", () => {
    const ris = formatRis(reportCited);
    expect(ris.split("\r\n")).toEqual([
      "TY  - RPRT",
      "AU  - CELCIS",
      "TI  - A Report: On Things",
      "PY  - 2023",
      "DA  - 2023/12/13",
      "PB  - CELCIS",
      "UR  - https://example.org/report",
      "ER  -",
      "",
    ]);
  });
});
