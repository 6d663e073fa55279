import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { formatBibtex, formatRis } from "@/lib/cite/export-formats";
import { REPORT_BIBTEX_KEY, citeReport } from "@/lib/cite/report-citation";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import {
  dataCatalogue,
  dataPageAnchors,
  elementFields,
  findingFields,
  quoteFields,
} from "@/lib/data/catalogue";
import type { QuoteRecord } from "@/lib/data/open-data";
import {
  csvColumns,
  elementRecords,
  findingRecords,
  quoteRecords,
  quotesCsv,
} from "@/lib/data/open-data";
import { PROJECT_ROOT } from "./helpers/fixture";

const SITE = "https://example.org";
const BOM = "\uFEFF";
let api: ContentApi;

beforeAll(async () => {
  api = createContentApi(await loadContent(path.join(PROJECT_ROOT, "content")));
});

/** CSV text read by csv-parse, the parser of the csv-stringify family that writes the file. */
const readCsv = (text: string, options: { bom?: boolean } = { bom: true }): string[][] =>
  parse(text, { ...options, relax_column_count: false });

/**
 * The file's bytes opened the way Excel opens a CSV file: as UTF-8 when it starts with the byte
 * order mark, otherwise in the computer's legacy code page (Windows-1252 in the UK).
 */
function openInSpreadsheet(bytes: Buffer): string[][] {
  const utf8 = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  return readCsv(new TextDecoder(utf8 ? "utf-8" : "windows-1252").decode(bytes));
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

  it("elements.json holds every key element, the release's wording labelled as the release's", () => {
    const records = elementRecords(api, SITE);
    const elements = api.getElements();
    expect(records).toHaveLength(api.getSiteConfig().elementCount);
    expect(records.map((r) => r.slug)).toEqual(elements.map((e) => e.slug));
    for (const [index, record] of records.entries()) {
      const element = elements[index];
      expect(record.number).toBe(element?.number);
      expect(record.title).toBe(element?.title);
      expect(record.releaseWording.text).toBe(element?.reportWording);
      expect(record.releaseWording.label).toBe(RELEASE_WORDING_LABEL);
      expect(record.releaseWording.source?.url).toMatch(/^https?:\/\//);
      expect(record.summary).toBe(element?.summary);
      expect(record.inShort).toBe(element?.inShort ?? null);
      expect(record.related.map((r) => r.slug)).toEqual(element?.related);
      for (const related of record.related) {
        expect(related.url).toBe(`${SITE}/elements/${related.slug}`);
      }
      expect(record.sources.length).toBeGreaterThan(0);
      expect(record.permalink).toBe(`${SITE}/elements/${record.slug}`);
    }
  });

  it("quotes.csv starts with a UTF-8 byte order mark, before the header", () => {
    const csv = quotesCsv(quoteRecords(api, SITE));
    expect(csv.startsWith(`${BOM}id,speaker,`)).toBe(true);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Without the mark taken as one, the first column's name would carry it.
    expect(readCsv(csv, { bom: false })[0]?.[0]).toBe(`${BOM}id`);
  });

  it("quotes.csv opens in a spreadsheet with every curly quote and apostrophe intact", () => {
    const records = quoteRecords(api, SITE);
    const bytes = Buffer.from(quotesCsv(records), "utf8");
    const rows = openInSpreadsheet(bytes);
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(records.length + 1);
    const textColumn = csvColumns.indexOf("text");
    const speakerColumn = csvColumns.indexOf("speaker");
    expect(rows.slice(1).map((row) => row[textColumn])).toEqual(records.map((r) => r.text));
    expect(rows.slice(1).map((row) => row[speakerColumn])).toEqual(records.map((r) => r.speaker));
    // The content's typographic marks are there to be garbled; they come back as written.
    const typographic = /[\u2018\u2019\u201c\u201d\u2013]/;
    const marked = records.filter((r) => typographic.test(r.text));
    expect(marked.length).toBeGreaterThan(0);
    expect(rows.slice(1).filter((row) => typographic.test(row[textColumn] ?? ""))).toHaveLength(
      marked.length,
    );
    // The same bytes without the mark are what Excel garbled: "it’s" showed as "itâ€™s".
    const unmarked = openInSpreadsheet(bytes.subarray(3));
    expect(unmarked.slice(1).map((row) => row[textColumn])).not.toEqual(records.map((r) => r.text));
    expect(unmarked.slice(1).some((row) => (row[textColumn] ?? "").includes("it\u00e2"))).toBe(
      true,
    );
  });

  it("quotes commas, quotation marks and line breaks in CSV fields", () => {
    const record: QuoteRecord = {
      id: "x",
      speaker: "Burns, Claire",
      speakerRole: "Director",
      speakerOrganisation: "CELCIS",
      text: 'She said "yes", then\nleft: \u201cit\u2019s time\u201d.',
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
    expect(csv).toContain('"She said ""yes"", then\nleft: \u201cit\u2019s time\u201d."');
    expect(csv).toContain("workforce; relationships");
    const row = readCsv(csv)[1];
    expect(row?.[1]).toBe("Burns, Claire");
    expect(row?.[4]).toBe(record.text);
    expect(row?.[9]).toBe("");
    expect(row?.[10]).toBe("workforce; relationships");
  });
});

describe("the /data page's description of the files", () => {
  it("documents every field of each JSON file, in the files' order, and the CSV columns", () => {
    const fieldNames = (fields: readonly { name: string }[]) => fields.map((f) => f.name);
    const [quote] = quoteRecords(api, SITE);
    const [finding] = findingRecords(api, SITE);
    const [element] = elementRecords(api, SITE);
    expect(fieldNames(quoteFields)).toEqual(Object.keys(quote ?? {}));
    expect(fieldNames(findingFields)).toEqual(Object.keys(finding ?? {}));
    expect(fieldNames(elementFields)).toEqual(Object.keys(element ?? {}));
    expect(fieldNames(quoteFields)).toEqual([...csvColumns]);
    for (const fields of [quoteFields, findingFields, elementFields]) {
      for (const field of fields) expect(field.about.trim(), field.name).not.toBe("");
    }
  });

  it("names the fields the report's BibTeX and RIS files really hold", () => {
    const work = citeReport(api);
    const files: Record<string, string> = {
      "report.bib": formatBibtex(work, REPORT_BIBTEX_KEY),
      "report.ris": formatRis(work),
    };
    const group = dataCatalogue.find((g) => g.files.some((f) => f.name === "report.bib"));
    expect(group?.fieldSets.map((set) => set.title)).toEqual(
      Object.keys(files).map((name) => `Fields of ${name}`),
    );
    for (const set of group?.fieldSets ?? []) {
      const text = files[set.title.replace("Fields of ", "")] ?? "";
      for (const field of set.fields) {
        for (const name of field.name.split(", ")) {
          const written = name.startsWith("@") ? text.startsWith(`${name}{`) : undefined;
          expect(
            written ?? new RegExp(`^(  ${name} = \\{|${name}  -)`, "m").test(text),
            `${set.title}: ${name}`,
          ).toBe(true);
        }
      }
    }
  });

  it("lists every file the site offers to download once, each under its own anchor", () => {
    const paths = dataCatalogue.flatMap((group) => group.files.map((f) => f.path));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/data/quotes.json",
        "/data/quotes.csv",
        "/data/findings.json",
        "/data/elements.json",
        "/report.bib",
        "/report.ris",
        "/changes.xml",
      ]),
    );
    const anchors = dataPageAnchors();
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
