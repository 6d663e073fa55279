/**
 * Every public URL of the site is built here, so pages, the sitemap and the link checker agree.
 * These URLs are shared in the wild: never change one without a redirect.
 */
/** A page written in content/pages, at the top level of the site. */
const pagePath = (slug: string) => `/${slug}`;
/** Cards for other sites to frame: the one part of the site that may be framed. */
const embedRoot = "/embed";

/**
 * The files search fetches. Exported on their own as well as in `routes`, so that the code every
 * page loads to start search early takes these two and not the whole table.
 */
export const searchFiles = {
  /** The search index, fetched when search opens. */
  searchIndex: () => "/search-index.json",
  /** Chunk `n` of the text search results show, fetched when results from it are shown. */
  searchText: (n: number) => `/search-text/${n}.json`,
};

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
  /** The reader's brief (kept in their browser), and the words of everything it can hold. */
  brief: () => "/brief",
  briefData: () => "/brief/items.json",
  /** Easy Read: the headline finding with a list of the key elements, and each element. */
  easyRead: () => "/easy-read",
  easyReadElement: (slug: string) => `/easy-read/${slug}`,
  sources: () => "/sources",
  page: (slug: string) => pagePath(slug),
  /** The About and accessibility pages (content/pages/), which the site links from several places. */
  about: () => pagePath("about"),
  accessibility: () => pagePath("accessibility"),
  /** The page for children, young people and families (content/pages/). */
  forFamilies: () => pagePath("for-children-and-families"),
  /** Words explained: every glossary term, each at its own anchor. */
  glossary: () => "/glossary",
  glossaryTerm: (slug: string) => `/glossary#${slug}`,
  /** The report's citation for reference managers. */
  reportBibtex: () => "/report.bib",
  reportRis: () => "/report.ris",
  sitemap: () => "/sitemap.xml",
  /** Every change to the site's words, newest first, and the same as an Atom feed. */
  changes: () => "/changes",
  changesFeed: () => "/changes.xml",
  /** A page's preview image (1200×630 PNG): its own, or the site's default at the root. */
  previewImage: (pagePath = "/") => `${pagePath === "/" ? "" : pagePath}/opengraph-image`,
  ...searchFiles,
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
  /** A page as Markdown (lib/markdown): /md/elements/workforce.md; the home page /md/index.md. */
  markdown: (pagePath: string) => `/md${pagePath === "/" ? "/index" : pagePath}.md`,
  /** Every page listed for language models (the llms.txt convention), and all their Markdown. */
  llmsTxt: () => "/llms.txt",
  llmsFullTxt: () => "/llms-full.txt",
} as const;

/**
 * A quote or a key element as a small card for other sites to frame, and its oEmbed document.
 * Apart from `routes`, which the browser's code carries whole, so that no page's JavaScript
 * grows by them: only the build uses these.
 */
export const embedRoutes = {
  quote: (id: string) => `${embedRoot}/quotes/${id}`,
  element: (slug: string) => `${embedRoot}/elements/${slug}`,
  oembedQuote: (id: string) => `/oembed/quotes/${id}.json`,
  oembedElement: (slug: string) => `/oembed/elements/${slug}.json`,
} as const;

/** Address patterns with `*` for a slug, for host rules such as `_headers`. */
export const routePatterns = {
  /** Every page's Markdown (routes.markdown). */
  markdown: "/md/*",
  previewImages: [
    routes.previewImage(),
    routes.previewImage(routes.element("*")),
    routes.previewImage(routes.finding("*")),
    routes.previewImage(routes.quote("*")),
  ],
  /** Every embed card (the only pages other sites may frame). */
  embeds: `${embedRoot}/*`,
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
