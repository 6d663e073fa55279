/**
 * Every public URL of the site is built here, so pages, the sitemap and the link checker agree.
 * These URLs are shared in the wild: never change one without a redirect.
 */
/** A page written in content/pages, at the top level of the site. */
const pagePath = (slug: string) => `/${slug}`;

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
  page: (slug: string) => pagePath(slug),
  /** The About and accessibility pages (content/pages/), which the site links from several places. */
  about: () => pagePath("about"),
  accessibility: () => pagePath("accessibility"),
  /** The report's citation for reference managers. */
  reportBibtex: () => "/report.bib",
  reportRis: () => "/report.ris",
  sitemap: () => "/sitemap.xml",
  /** Every change to the site's words, newest first, and the same as an Atom feed. */
  changes: () => "/changes",
  changesFeed: () => "/changes.xml",
  /** A page's preview image (1200×630 PNG): its own, or the site's default at the root. */
  previewImage: (pagePath = "/") => `${pagePath === "/" ? "" : pagePath}/opengraph-image`,
  /** The search index, fetched when search opens. */
  searchIndex: () => "/search-index.json",
  /** Chunk `n` of the text search results show, fetched when results from it are shown. */
  searchText: (n: number) => `/search-text/${n}.json`,
  /** The open data page, which documents every file; the open data files; the quote browser's own data. */
  data: () => "/data",
  quotesJson: () => "/data/quotes.json",
  quotesCsv: () => "/data/quotes.csv",
  findingsJson: () => "/data/findings.json",
  elementsJson: () => "/data/elements.json",
  quoteBrowserData: () => "/data/quote-browser.json",
  /** The site's icons, files in public/ served as they are. */
  icon: (kind: "svg" | "192" | "512" | "apple") =>
    ({
      svg: "/icon.svg",
      "192": "/icon-192.png",
      "512": "/icon-512.png",
      apple: "/apple-touch-icon.png",
    })[kind],
  manifest: () => "/manifest.webmanifest",
} as const;

/** Address patterns with `*` for a slug, for host rules such as `_headers`. */
export const routePatterns = {
  previewImages: [
    routes.previewImage(),
    routes.previewImage(routes.element("*")),
    routes.previewImage(routes.finding("*")),
    routes.previewImage(routes.quote("*")),
  ],
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
