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
  sources: () => "/sources",
  source: (slug: string) => `/sources#${slug}`,
  page: (slug: string) => `/${slug}`,
} as const;

/** Ids of the sections that page templates render around an MDX body; links may point at them. */
export const sectionIds = {
  element: ["report-wording", "in-short", "quotes", "findings", "related", "sources"],
  finding: ["elements", "sources"],
  page: ["timeline", "sources"],
} as const;
