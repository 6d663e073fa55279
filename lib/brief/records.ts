import { formatApa } from "@/lib/cite/apa";
import { elementWork, quoteWork, sitePageWork } from "@/lib/cite/content";
import { sourceRecord } from "@/lib/data/open-data";
import { formatHarvard } from "@/lib/cite/harvard";
import type { CitableWork } from "@/lib/cite/work";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { SiteModel } from "@/lib/site-model/model";
import { quoteOpening } from "@/lib/site-model/model";
import { briefKey } from "./address";
import type { BriefData, BriefItem } from "./types";

export interface BriefSite {
  name: string;
  url: string;
  /** The organisation that publishes the website, where one is set. */
  publisher?: string;
}

const cite = (work: CitableWork) => ({ harvard: formatHarvard(work), apa: formatApa(work) });

/**
 * Every quote, key element and finding as the brief shows it: words, citation (Harvard and APA,
 * from lib/cite), full address and sources. Built once at build time into a static file, so
 * only the /brief page fetches it.
 */
export function briefRecords(api: ContentApi, model: SiteModel, site: BriefSite): BriefData {
  const absolute = (path: string) => `${site.url}${path}`;
  const updated = (path: string) => model.page(path)?.changes[0]?.date;
  const quotes = api.getQuoteViews().map((q): BriefItem => {
    const source = sourceRecord(q.source);
    return {
      key: briefKey("quote", q.id),
      kind: "quote",
      label: `quote by ${q.speaker.name}, “${quoteOpening(q.text, 50).words}”`,
      heading: `Quote: ${q.speaker.name}`,
      url: absolute(routes.quote(q.id)),
      quote: {
        text: q.text.trim(),
        speaker: q.speaker.name,
        role: q.speaker.role,
        organisation: q.speaker.organisation,
        source: `${source.title}, ${source.publisher}${source.date ? ` (${source.date})` : ""}`,
      },
      citation: cite(quoteWork(q)),
      sources: [source],
    };
  });
  const elements = api.getElements().map((e): BriefItem => {
    const path = routes.element(e.slug);
    const when = updated(path);
    return {
      key: briefKey("element", e.slug),
      kind: "element",
      label: `key element ${e.number}, ${e.title}`,
      heading: `Key element ${e.number}: ${e.title}`,
      url: absolute(path),
      summary: e.summary,
      wording: { label: RELEASE_WORDING_LABEL, text: e.reportWording.trim() },
      citation: cite(
        elementWork(
          { name: site.name, ...(site.publisher ? { publisher: site.publisher } : {}) },
          { ...e, ...(when ? { updated: when } : {}) },
          absolute(path),
        ),
      ),
      sources: api.getSources(e.sources).map(sourceRecord),
    };
  });
  const findings = api.getFindings().map((f): BriefItem => {
    const path = routes.finding(f.slug);
    return {
      key: briefKey("finding", f.slug),
      kind: "finding",
      label: `finding, ${f.title}`,
      heading: `Finding: ${f.title}`,
      url: absolute(path),
      summary: f.summary,
      citation: cite(
        sitePageWork(site, { title: f.title, updated: updated(path) }, absolute(path)),
      ),
      sources: api.getSources(f.sources).map(sourceRecord),
    };
  });
  return {
    site: { name: site.name, url: site.url },
    items: [...elements, ...findings, ...quotes],
  };
}
