import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContentApi } from "@/lib/content/content-api";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import type { QuoteRecord } from "@/lib/data/open-data";
import { findingRecords, quoteRecords, quotesCsv } from "@/lib/data/open-data";
import { PROJECT_ROOT } from "./helpers/fixture";

const SITE = "https://example.org";
let api: ContentApi;

beforeAll(async () => {
  api = createContentApi(await loadContent(path.join(PROJECT_ROOT, "content")));
});

/** A small RFC 4180 reader, enough to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe("open data", () => {
  it("quotes.json holds every quote word for word, with absolute links", () => {
    const records = quoteRecords(api, SITE);
    expect(records.map((r) => r.id)).toEqual(api.getQuotes().map((q) => q.id));
    for (const record of records) {
      const quote = api.getQuote(record.id);
      expect(record.text).toBe(quote?.text);
      expect(record.permalink).toBe(`${SITE}/quotes/${record.id}`);
      expect(record.sourceUrl).toMatch(/^https?:\/\//);
      expect(record.speaker).not.toBe("");
      expect(record.elements.map((e) => e.slug)).toEqual(quote?.elements);
    }
  });

  it("findings.json holds every finding with its sources and elements", () => {
    const records = findingRecords(api, SITE);
    expect(records.map((r) => r.slug)).toEqual(api.getFindings().map((f) => f.slug));
    for (const record of records) expect(record.sources.length).toBeGreaterThan(0);
  });

  it("quotes.csv has a header and one row per quote that reads back to the same text", () => {
    const records = quoteRecords(api, SITE);
    const rows = parseCsv(quotesCsv(records));
    expect(rows[0]?.slice(0, 3)).toEqual(["id", "speaker", "speakerRole"]);
    expect(rows).toHaveLength(records.length + 1);
    const textColumn = rows[0]?.indexOf("text") ?? -1;
    expect(rows.slice(1).map((row) => row[textColumn])).toEqual(records.map((r) => r.text));
  });

  it("quotes commas, quotation marks and line breaks in CSV fields", () => {
    const record: QuoteRecord = {
      id: "x",
      speaker: "Burns, Claire",
      speakerRole: "Director",
      speakerOrganisation: "CELCIS",
      text: 'She said "yes", then\nleft.',
      position: 1,
      sourceTitle: "Focus on structural change 'is not enough'",
      sourcePublisher: "CELCIS",
      sourceUrl: "https://example.org/a?b=1,2",
      sourceDate: null,
      elements: [
        { slug: "workforce", title: "Workforce", url: "" },
        { slug: "relationships", title: "Relationships", url: "" },
      ],
      permalink: "https://example.org/quotes/x",
    };
    const csv = quotesCsv([record]);
    expect(csv).toContain('"Burns, Claire"');
    expect(csv).toContain('"She said ""yes"", then\nleft."');
    expect(csv).toContain("workforce; relationships");
    const row = parseCsv(csv)[1];
    expect(row?.[1]).toBe("Burns, Claire");
    expect(row?.[4]).toBe(record.text);
    expect(row?.[9]).toBe("");
  });
});
