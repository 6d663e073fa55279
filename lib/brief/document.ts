import type { BriefSource, BriefItem } from "./types";

/** The citation style the reader chose for the document. */
export type CitationStyle = "harvard" | "apa";
export const CITATION_STYLES: Record<CitationStyle, string> = { harvard: "Harvard", apa: "APA" };

/** One block of an item's words, in the order the document shows them. */
export type BriefBlock =
  | { type: "text"; text: string }
  /** Words quoted from a source, verbatim, with whose words they are. */
  | { type: "quote"; text: string; attribution: string }
  /** Words with a label saying whose they are ("The news release's words"). */
  | { type: "labelled"; label: string; text: string };

export interface BriefEntry {
  key: string;
  heading: string;
  blocks: BriefBlock[];
  citation: string;
  url: string;
}

/** The brief as one document: what the page, the print, Word and Markdown all show. */
export interface BriefDocument {
  title: string;
  /** "Made on 1 December 2026 from Children's Services Reform Research". */
  made: string;
  /** The site's name, the Word file's creator. */
  siteName: string;
  siteUrl: string;
  note: string;
  entries: BriefEntry[];
  /** Every source the items rest on, each once, in the order first cited. */
  sources: BriefSource[];
}

export const DEFAULT_BRIEF_TITLE = "Brief";

/** "1 December 2026", as the site writes dates, whatever the reader's locale. */
export function formatBriefDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

function blocksOf(item: BriefItem): BriefBlock[] {
  const blocks: BriefBlock[] = [];
  if (item.quote) {
    const q = item.quote;
    blocks.push({
      type: "quote",
      text: q.text,
      attribution: `${q.speaker}, ${q.role}, ${q.organisation}. Source: ${q.source}.`,
    });
  }
  if (item.summary) blocks.push({ type: "text", text: item.summary });
  if (item.wording) blocks.push({ type: "labelled", ...item.wording });
  return blocks;
}

/**
 * A source as the list at the end gives it, before its address (which the page, Word and
 * Markdown each write as a link after "Available at: "): publisher, date and title.
 */
export function sourceText(source: BriefSource): string {
  return `${source.publisher} (${source.date ?? "n.d."}) ${source.title}.`;
}

export function briefDocument(
  items: readonly BriefItem[],
  options: {
    title: string;
    note: string;
    style: CitationStyle;
    date: Date;
    site: { name: string; url: string };
  },
): BriefDocument {
  const sources = new Map<string, BriefSource>();
  for (const item of items)
    for (const s of item.sources) if (!sources.has(s.url)) sources.set(s.url, s);
  return {
    title: options.title.trim() || DEFAULT_BRIEF_TITLE,
    made: `Made on ${formatBriefDate(options.date)} from ${options.site.name}`,
    siteName: options.site.name,
    siteUrl: options.site.url,
    note: options.note.trim(),
    entries: items.map((item) => ({
      key: item.key,
      heading: item.heading,
      blocks: blocksOf(item),
      citation: item.citation[options.style],
      url: item.url,
    })),
    sources: [...sources.values()],
  };
}
