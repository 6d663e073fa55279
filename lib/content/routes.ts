/**
 * Every public URL of the site is built here, so pages, the sitemap and the link checker agree.
 * These URLs are shared in the wild: never change one without a redirect.
 */
export const routes = {
  home: () => "/",
  elements: () => "/elements",
  element: (slug: string) => `/elements/${slug}`,
  findings: () => "/findings",
  finding: (slug: string) => `/findings/${slug}`,
  speakers: () => "/speakers",
  speaker: (slug: string) => `/speakers/${slug}`,
  quoteInContext: (speaker: string, id: string) => `/speakers/${speaker}#${id}`,
  quotes: () => "/quotes",
  /** Page `n` of the quotes; page 1 is the quotes page itself. */
  quotesPage: (n: number) => (n <= 1 ? "/quotes" : `/quotes/page/${n}`),
  quote: (id: string) => `/quotes/${id}`,
  search: () => "/search",
  sources: () => "/sources",
  page: (slug: string) => `/${slug}`,
  /** The report's citation for reference managers. */
  reportBibtex: () => "/report.bib",
  reportRis: () => "/report.ris",
  sitemap: () => "/sitemap.xml",
  /** Every change to the site's words, newest first, and the same as an Atom feed. */
  changes: () => "/changes",
  changesFeed: () => "/changes.xml",
} as const;

/** Ids of the sections that page templates render around content; links may point at them. */
export const sectionId = {
  reportWording: "report-wording",
  inShort: "in-short",
  quotes: "quotes",
  findings: "findings",
  related: "related",
  elements: "elements",
  timeline: "timeline",
  sources: "sources",
  /** "Cite this", on the report's page and each element's. */
  cite: "cite",
  /** A speaker's group on the quotes page. */
  bySpeaker: (speaker: string) => `by-${speaker}`,
} as const;

type SectionName = Exclude<(typeof sectionId)[keyof typeof sectionId], (speaker: string) => string>;

/**
 * Which sections each template renders for an entry. Templates ask this before rendering an
 * optional section, and the link checker accepts exactly these anchors, so the two cannot drift.
 */
export const templateSections = {
  element: (element: { inShort?: string; related: readonly string[] }): SectionName[] => [
    sectionId.reportWording,
    ...(element.inShort ? [sectionId.inShort] : []),
    sectionId.quotes,
    sectionId.findings,
    ...(element.related.length > 0 ? [sectionId.related] : []),
    sectionId.sources,
    sectionId.cite,
  ],
  finding: (finding: { elements: readonly string[] }): SectionName[] => [
    ...(finding.elements.length > 0 ? [sectionId.elements] : []),
    sectionId.sources,
  ],
  speaker: (): SectionName[] => [sectionId.quotes, sectionId.sources],
};

/**
 * The pages in content/pages that have a route, with the sections their template adds. A page
 * file needs an entry here (and a route in app/) before the site can show it.
 */
export const pageTemplates: Record<string, () => SectionName[]> = {
  about: () => [sectionId.timeline, sectionId.sources, sectionId.cite],
  accessibility: () => [],
};
