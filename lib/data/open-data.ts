import { stringify } from "csv-stringify/sync";
import type { ContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

/** Where the data files are served; the site links them from /quotes, /findings and /about. */
export const dataFiles = {
  quotesJson: routes.quotesJson(),
  quotesCsv: routes.quotesCsv(),
  findingsJson: routes.findingsJson(),
} as const;

/** One quote as the data files give it: everything a reader needs to reuse and cite it. */
export interface QuoteRecord {
  id: string;
  speaker: string;
  speakerRole: string;
  speakerOrganisation: string;
  text: string;
  position: number;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
  sourceDate: string | null;
  elements: { slug: string; title: string; url: string }[];
  permalink: string;
}

export interface FindingRecord {
  slug: string;
  title: string;
  kind: string;
  summary: string;
  elements: { slug: string; title: string; url: string }[];
  sources: { title: string; publisher: string; date: string | null; url: string }[];
  permalink: string;
}

export function quoteRecords(api: ContentApi, siteUrl: string): QuoteRecord[] {
  return api.getQuoteViews().map((q) => ({
    id: q.id,
    speaker: q.speaker.name,
    speakerRole: q.speaker.role,
    speakerOrganisation: q.speaker.organisation,
    text: q.text,
    position: q.position,
    sourceTitle: q.source.title,
    sourcePublisher: q.source.publisher,
    sourceUrl: q.source.url,
    sourceDate: q.source.date ?? null,
    elements: q.elements.map((e) => ({
      slug: e.slug,
      title: e.title,
      url: siteUrl + routes.element(e.slug),
    })),
    permalink: siteUrl + q.permalink,
  }));
}

export function findingRecords(api: ContentApi, siteUrl: string): FindingRecord[] {
  return api.getFindings().map((f) => ({
    slug: f.slug,
    title: f.title,
    kind: f.kind,
    summary: f.summary,
    elements: api.getElementsBySlugs(f.elements).map((e) => ({
      slug: e.slug,
      title: e.title,
      url: siteUrl + routes.element(e.slug),
    })),
    sources: api.getSources(f.sources).map((s) => ({
      title: s.title,
      publisher: s.publisher,
      date: s.date ?? null,
      url: s.url,
    })),
    permalink: siteUrl + routes.finding(f.slug),
  }));
}

const csvColumns = [
  "id",
  "speaker",
  "speakerRole",
  "speakerOrganisation",
  "text",
  "position",
  "sourceTitle",
  "sourcePublisher",
  "sourceUrl",
  "sourceDate",
  "elements",
  "permalink",
] as const;

/** The quotes as CSV (RFC 4180): one row a quote; elements as slugs separated by "; ". */
export function quotesCsv(records: readonly QuoteRecord[]): string {
  return stringify(
    records.map((r) => ({
      ...r,
      sourceDate: r.sourceDate ?? "",
      elements: r.elements.map((e) => e.slug).join("; "),
    })),
    { header: true, columns: [...csvColumns], record_delimiter: "\r\n" },
  );
}

/** The JSON files wrap their records with what they are and where they came from. */
export function dataEnvelope<T>(description: string, siteUrl: string, records: T[]) {
  return { description, site: siteUrl, count: records.length, records };
}
