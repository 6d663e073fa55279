import type { ContentBundle } from "./load";
import { speakerName } from "./quote-view";
import { pageTemplates, routes, sectionId, templateSections } from "./routes";
import { findingKinds } from "./schemas";
import { firstPages, quotePages } from "../browse/quote-pages";

export type SitePageKind =
  "home" | "list" | "element" | "finding" | "speaker" | "quote" | "page" | "search";

/** One page the site generates. */
export interface SitePage {
  path: string;
  title: string;
  kind: SitePageKind;
  /** The ids a link may point at with #fragment; null where the page is not checked. */
  anchors: ReadonlySet<string> | null;
}

/** Quotes up to this long are a page's title whole; a quotation is never shortened. */
const TITLE_QUOTE_LENGTH = 110;

/** A quote's page title: its words and who said them, or for a long quote, who and where. */
export function quotePageTitle(text: string, speaker: string, position: number): string {
  const words = text.trim();
  return words.length <= TITLE_QUOTE_LENGTH
    ? `“${words}”, ${speaker}`
    : `${speaker}, quote ${position} in the news release`;
}

/**
 * Every page of the site, derived from the content: the one list that the link checker, the
 * sitemap, the search index, preview images and the accessibility sweep all read, so no list of
 * pages is kept by hand anywhere else.
 */
export function listSitePages(bundle: ContentBundle): SitePage[] {
  const ids = (headings: readonly { id: string }[], extra: readonly string[]) =>
    new Set([...headings.map((h) => h.id), ...extra]);
  const speakerBySlug = new Map(bundle.speakers.map((s) => [s.slug, s]));
  const quotesOf = (slug: string) => bundle.quotes.filter((q) => q.speaker === slug);
  const quotePageList = quotePages(bundle.quotes, (q) => `${q.speaker} ${q.source}`);
  const speakerStarts = firstPages(quotePageList, (q) => q.speaker);

  const pages: SitePage[] = [
    { path: routes.home(), title: "Home", kind: "home", anchors: null },
    { path: routes.elements(), title: "Key elements", kind: "list", anchors: null },
    ...bundle.elements.map((e) => ({
      path: routes.element(e.slug),
      title: e.title,
      kind: "element" as const,
      anchors: ids(e.body.headings, templateSections.element(e)),
    })),
    {
      path: routes.findings(),
      title: "Findings",
      kind: "list",
      anchors: new Set<string>(findingKinds),
    },
    ...bundle.findings.map((f) => ({
      path: routes.finding(f.slug),
      title: f.title,
      kind: "finding" as const,
      anchors: ids(f.body.headings, templateSections.finding(f)),
    })),
    ...quotePageList.map((quotes, index, all) => ({
      path: routes.quotesPage(index + 1),
      title: index === 0 ? "Quotes" : `Quotes, page ${index + 1} of ${all.length}`,
      kind: "list" as const,
      // A speaker's group anchor is on the page where their quotes start.
      anchors: new Set([
        ...quotes.map((q) => q.id),
        ...quotes
          .filter((q) => speakerStarts.get(q.speaker) === index + 1)
          .map((q) => sectionId.bySpeaker(q.speaker)),
      ]),
    })),
    ...bundle.quotes.map((q) => {
      const speaker = speakerBySlug.get(q.speaker);
      return {
        path: routes.quote(q.id),
        title: quotePageTitle(q.text, speaker ? speakerName(speaker) : q.speaker, q.position),
        kind: "quote" as const,
        anchors: null,
      };
    }),
    { path: routes.speakers(), title: "Speakers", kind: "list", anchors: null },
    ...bundle.speakers.map((s) => ({
      path: routes.speaker(s.slug),
      title: speakerName(s),
      kind: "speaker" as const,
      anchors: new Set([...quotesOf(s.slug).map((q) => q.id), ...templateSections.speaker()]),
    })),
    ...bundle.pages.flatMap((p) => {
      const template = pageTemplates[p.slug];
      return template
        ? [
            {
              path: routes.page(p.slug),
              title: p.title,
              kind: "page" as const,
              anchors: ids(p.body.headings, template()),
            },
          ]
        : [];
    }),
    {
      path: routes.sources(),
      title: "Sources",
      kind: "list",
      anchors: new Set(bundle.sources.map((s) => s.slug)),
    },
    { path: routes.search(), title: "Search", kind: "search", anchors: null },
    { path: routes.changes(), title: "Changes to this site", kind: "list", anchors: null },
  ];
  return pages;
}
