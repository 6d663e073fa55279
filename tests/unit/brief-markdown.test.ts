import path from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBriefQuery, resolveKeys } from "@/lib/brief/address";
import { briefDocument } from "@/lib/brief/document";
import { briefFileName, briefMarkdown, escapeMarkdown } from "@/lib/brief/markdown";
import { briefRecords } from "@/lib/brief/records";
import type { BriefData, BriefItem } from "@/lib/brief/types";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import { createContentApi } from "@/lib/content/content-api";
import { loadContent } from "@/lib/content/load";
import { buildSiteModel } from "@/lib/site-model/model";
import { PROJECT_ROOT } from "./helpers/fixture";

const SITE = { name: "Children's Services Reform Research", url: "https://example.org" };
let data: BriefData;

beforeAll(async () => {
  const bundle = await loadContent(path.join(PROJECT_ROOT, "content"));
  data = briefRecords(createContentApi(bundle), buildSiteModel(bundle), SITE);
});

const byKind = (kind: BriefItem["kind"]) => data.items.filter((i) => i.kind === kind);
const markdownOf = (items: readonly BriefItem[], title = "My brief") =>
  briefMarkdown(
    briefDocument(items, {
      title,
      note: "For Tuesday.",
      style: "harvard",
      date: new Date("2026-12-01T12:00:00Z"),
      site: SITE,
    }),
  );
/** The text a Markdown parser reads, whitespace made single. */
const parsedText = (markdown: string) => toString(fromMarkdown(markdown)).replace(/\s+/g, " ");
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the brief's data", () => {
  it("has every quote, element and finding, each with a full link and both citations", () => {
    expect(byKind("quote").length).toBeGreaterThan(0);
    expect(byKind("element").length).toBe(8);
    expect(byKind("finding").length).toBeGreaterThan(0);
    for (const item of data.items) {
      expect(item.url.startsWith(`${SITE.url}/`), item.key).toBe(true);
      expect(item.citation.harvard.length, item.key).toBeGreaterThan(10);
      expect(item.citation.apa.length, item.key).toBeGreaterThan(10);
      expect(item.sources.length, item.key).toBeGreaterThan(0);
    }
  });

  it("labels each element's release wording as the release's", () => {
    for (const item of byKind("element")) expect(item.wording?.label).toBe(RELEASE_WORDING_LABEL);
  });
});

describe("the brief as Markdown", () => {
  it("holds every quote word for word, with its speaker, citation and link", () => {
    const quotes = byKind("quote");
    const markdown = markdownOf(quotes);
    const text = parsedText(markdown);
    for (const item of quotes) {
      const quote = item.quote;
      if (!quote) throw new Error(`${item.key} has no words`);
      expect(text, item.key).toContain(`“${flat(quote.text)}”`);
      expect(text, item.key).toContain(`${quote.speaker}, ${quote.role}, ${quote.organisation}`);
      expect(text, item.key).toContain(flat(item.citation.harvard));
      expect(markdown, item.key).toContain(`<${item.url}>`);
    }
  });

  it("has the title, the date, the note, a heading per item and the sources", () => {
    const items = [byKind("element")[0], byKind("finding")[0], byKind("quote")[0]].filter(
      (i): i is BriefItem => i !== undefined,
    );
    const markdown = markdownOf(items);
    const tree = fromMarkdown(markdown);
    const headings = tree.children
      .filter((n) => n.type === "heading")
      .map((n) => ({ depth: "depth" in n ? n.depth : 0, text: toString(n) }));
    expect(headings[0]).toEqual({ depth: 1, text: "My brief" });
    expect(headings.slice(1, 4).map((h) => h.text)).toEqual(
      items.map((item, i) => `${i + 1}. ${item.heading}`),
    );
    expect(headings.at(-1)?.text).toBe("Sources");
    expect(parsedText(markdown)).toContain("Made on 1 December 2026 from");
    expect(parsedText(markdown)).toContain("For Tuesday.");
    const element = items[0];
    expect(parsedText(markdown)).toContain(`${RELEASE_WORDING_LABEL}:`);
    expect(parsedText(markdown)).toContain(flat(element?.wording?.text ?? "missing"));
  });

  it("keeps formatting characters as written", () => {
    const tricky = "*not emphasis* [not a link](x) <b>no tag</b> 1. not a list & co_op";
    expect(toString(fromMarkdown(escapeMarkdown(tricky)))).toBe(tricky);
    expect(toString(fromMarkdown(escapeMarkdown("# not a heading")))).toBe("# not a heading");
  });

  it("opens from an address the same way, unknown items skipped", () => {
    const first = byKind("quote")[0];
    const parsed = parseBriefQuery(`items=${first?.key},q:made-up,e:workforce`);
    const byKey = new Map(data.items.map((i) => [i.key, i]));
    const { found, unknown } = resolveKeys(parsed.items, (k) => byKey.get(k));
    expect(found.map((i) => i.key)).toEqual([first?.key, "e:workforce"]);
    expect(unknown).toEqual(["q:made-up"]);
  });

  it("names its file after the title", () => {
    expect(briefFileName("Brief for the Minister: Q&A", "md")).toBe(
      "brief-for-the-minister-q-a.md",
    );
    expect(briefFileName("!!!", "docx")).toBe("brief.docx");
  });
});
