import { stringify } from "csv-stringify/sync";
import { RELEASE_WORDING_LABEL, releaseOf } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { Source } from "@/lib/content/schemas";

/**
 * Where the data files are served. The /data page documents each of them (lib/data/catalogue.ts);
 * /quotes, /findings and /about link it and the files.
 */
export const dataFiles = {
  quotesJson: routes.quotesJson(),
  quotesCsv: routes.quotesCsv(),
  findingsJson: routes.findingsJson(),
  elementsJson: routes.elementsJson(),
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
  sources: SourceRecord[];
  permalink: string;
}

/** A source as the data files give it. */
export interface SourceRecord {
  title: string;
  publisher: string;
  date: string | null;
  url: string;
}

/** One key element: this site's title, number and summaries, and the release's own wording. */
export interface ElementRecord {
  slug: string;
  number: number;
  title: string;
  /** The element as the news release lists it, word for word, labelled as the release's. */
  releaseWording: { label: string; text: string; source: SourceRecord | null };
  summary: string;
  inShort: string | null;
  related: { slug: string; title: string; url: string }[];
  sources: SourceRecord[];
  permalink: string;
}

/** A source as the data files and the brief give it: dated as far as it is, else null. */
export const sourceRecord = (
  s: Pick<Source, "title" | "publisher" | "url"> & { date?: string | undefined },
): SourceRecord => ({
  title: s.title,
  publisher: s.publisher,
  date: s.date ?? null,
  url: s.url,
});

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
    sources: api.getSources(f.sources).map(sourceRecord),
    permalink: siteUrl + routes.finding(f.slug),
  }));
}

export function elementRecords(api: ContentApi, siteUrl: string): ElementRecord[] {
  return api.getElements().map((e) => {
    const sources = api.getSources(e.sources);
    // The release the wording is taken from, as the element's page credits it.
    const release = releaseOf(sources);
    return {
      slug: e.slug,
      number: e.number,
      title: e.title,
      releaseWording: {
        label: RELEASE_WORDING_LABEL,
        text: e.reportWording,
        source: release ? sourceRecord(release) : null,
      },
      summary: e.summary,
      inShort: e.inShort ?? null,
      related: api.getElementsBySlugs(e.related).map((r) => ({
        slug: r.slug,
        title: r.title,
        url: siteUrl + routes.element(r.slug),
      })),
      sources: sources.map(sourceRecord),
      permalink: siteUrl + routes.element(e.slug),
    };
  });
}

/** The CSV file's columns, in order: the quote record's fields. */
export const csvColumns = [
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

/**
 * The quotes as CSV (RFC 4180): one row a quote; elements as slugs separated by "; ". It starts
 * with a UTF-8 byte order mark, without which Excel reads the file in the computer's legacy code
 * page and garbles the curly quotation marks and apostrophes of the quotes.
 */
export function quotesCsv(records: readonly QuoteRecord[]): string {
  return stringify(
    records.map((r) => ({
      ...r,
      sourceDate: r.sourceDate ?? "",
      elements: r.elements.map((e) => e.slug).join("; "),
    })),
    { bom: true, header: true, columns: [...csvColumns], record_delimiter: "\r\n" },
  );
}

/** The JSON files wrap their records with what they are and where they came from. */
export function dataEnvelope<T>(description: string, siteUrl: string, records: T[]) {
  return { description, site: siteUrl, count: records.length, records };
}
