import { serializeFindingFilter } from "@/lib/browse/finding-filter";
import { quoteGroupKey, serializeQuoteFilter } from "@/lib/browse/quote-filter";
import { firstPages, quotePages, RELATED_LIMIT, QUOTES_PER_PAGE } from "@/lib/browse/quote-pages";
import { elementWork } from "@/lib/cite/content";
import { citeReport } from "@/lib/cite/report-citation";
import type { ContentApi } from "@/lib/content/content-api";
import type { QuoteView } from "@/lib/content/quote-view";
import { speakerName } from "@/lib/content/quote-view";
import { routes, sectionId } from "@/lib/content/routes";
import { releaseOf } from "@/lib/content/attribution";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { SiteModel } from "./model";
import { templateSections } from "./templates";
import { pageGlossary } from "./glossary-props";

/**
 * What each page renders, joined here once from the content API and the site model, so pages
 * and components only render the plain props they are given. Pure functions of (api, model):
 * the build, the pages and the tests call the same ones.
 */

/** The quote browser's address narrowed to one speaker and/or element. */
export const quotesHref = (filter: { speaker?: string; element?: string }) =>
  `${routes.quotes()}${serializeQuoteFilter(filter)}`;
export const findingsHref = (filter: { element?: string }) =>
  `${routes.findings()}${serializeFindingFilter(filter)}`;

/** A list cut to RELATED_LIMIT, with how many there are and where to see them all. */
function limited<T>(items: readonly T[], href: string) {
  return { shown: items.slice(0, RELATED_LIMIT), total: items.length, href };
}

export function elementPageProps(api: ContentApi, model: SiteModel, slug: string) {
  const element = api.getElement(slug);
  if (!element) return undefined;
  const path = routes.element(slug);
  const page = model.require(path);
  const sources = api.getSources(element.sources);
  const quotes = api.getQuoteViews({ element: slug });
  const publisher = site.sitePublisher.name;
  const updated = page.changes[0]?.date;
  return {
    page,
    element,
    count: api.getElements().length,
    ...api.getAdjacentElements(slug),
    sections: new Set<string>(templateSections.element(element)),
    sources,
    release: releaseOf(sources),
    quotes: limited(quotes, quotesHref({ element: slug })),
    /** Every quote on the element, for its structured data. */
    allQuotes: quotes,
    findings: limited(api.getFindings({ element: slug }), findingsHref({ element: slug })),
    related: api.getElementsBySlugs(element.related).map((e) => ({
      ...e,
      quoteCount: api.countQuotes({ element: e.slug }),
      quotesHref: quotesHref({ element: e.slug }),
    })),
    citation: elementWork(
      { name: site.name, ...(publisher ? { publisher } : {}) },
      { ...element, ...(updated ? { updated } : {}) },
      absoluteUrl(path),
    ),
    breadcrumbs: model.breadcrumbs(path),
  };
}
export type ElementPageProps = NonNullable<ReturnType<typeof elementPageProps>>;

export function findingPageProps(api: ContentApi, model: SiteModel, slug: string) {
  const finding = api.getFinding(slug);
  if (!finding) return undefined;
  const path = routes.finding(slug);
  const elements = api.getElementsBySlugs(finding.elements);
  const quotes = api
    .getQuoteViews()
    .filter((q) => q.elements.some((e) => finding.elements.includes(e.slug)));
  return {
    page: model.require(path),
    finding,
    sections: new Set<string>(templateSections.finding(finding)),
    elements,
    /** How many key elements there are in all, for each card's "4 of 8". */
    elementCount: api.getSiteConfig().elementCount,
    quotes: limited(quotes, routes.quotes()),
    /** Where to see all the quotes on each of the finding's elements. */
    quotesByElement: elements.map((e) => ({
      title: e.title,
      href: quotesHref({ element: e.slug }),
    })),
    sources: api.getSources(finding.sources),
    ...api.getAdjacentFindings(slug),
    breadcrumbs: model.breadcrumbs(path),
  };
}
export type FindingPageProps = NonNullable<ReturnType<typeof findingPageProps>>;

export function speakerPageProps(api: ContentApi, model: SiteModel, slug: string) {
  const speaker = api.getSpeaker(slug);
  if (!speaker) return undefined;
  const quotes = api.getQuoteViews({ speaker: slug });
  const quoteSources = [...new Map(quotes.map((q) => [q.source.slug, q.source])).values()];
  return {
    page: model.require(routes.speaker(slug)),
    speaker: { ...speaker, fullName: speakerName(speaker) },
    quotes,
    quoteSources,
    byElement: api.getElements().flatMap((element) => {
      const count = api.countQuotes({ speaker: slug, element: element.slug });
      return count > 0
        ? [
            {
              slug: element.slug,
              title: element.title,
              icon: element.icon,
              colour: element.colour,
              count,
              href: quotesHref({ speaker: slug, element: element.slug }),
            },
          ]
        : [];
    }),
    sources: api.getSources([
      ...new Set([...quotes.map((q) => q.source.slug), ...speaker.sources]),
    ]),
  };
}
export type SpeakerPageProps = NonNullable<ReturnType<typeof speakerPageProps>>;

/** Every speaker with their quote count, as the speakers page and the browsers list them. */
export function speakerSummaries(api: ContentApi) {
  return api.getSpeakers().map((s) => ({
    slug: s.slug,
    name: speakerName(s),
    role: s.role,
    organisation: s.organisation,
    bio: s.bio,
    href: routes.speaker(s.slug),
    count: api.countQuotes({ speaker: s.slug }),
  }));
}

/** The quotes, page by page, as the quote browser and the page list cut them. */
export const quotePagesOf = (api: ContentApi): QuoteView[][] =>
  quotePages(api.getQuoteViews(), quoteGroupKey);

export function quotesPageProps(api: ContentApi, model: SiteModel, page: number) {
  const pages = quotePagesOf(api);
  const pageQuotes = pages[page - 1];
  if (!pageQuotes) return undefined;
  // Where each speaker's quotes start, for the list of speakers.
  const firstPage = firstPages(pages, (q) => q.speaker.slug);
  const speakers = speakerSummaries(api);
  return {
    page: model.require(routes.quotesPage(page)),
    pageNumber: page,
    pageQuotes,
    pageCount: pages.length,
    perPage: QUOTES_PER_PAGE,
    firstOnPage: (page - 1) * QUOTES_PER_PAGE + 1,
    total: api.getQuotes().length,
    speakers: speakers.map(({ slug, name, count }) => ({ slug, name, count })),
    elements: api.getElements().map((e) => ({
      slug: e.slug,
      name: e.title,
      count: api.countQuotes({ element: e.slug }),
    })),
    speakerLinks: speakers
      .filter((speaker) => speaker.count > 0)
      .map(({ slug, name, count }) => {
        const on = firstPage.get(slug) ?? 1;
        const anchor = `#${sectionId.bySpeaker(slug)}`;
        return {
          slug,
          name,
          count,
          href: on === page ? anchor : `${routes.quotesPage(on)}${anchor}`,
        };
      }),
  };
}
export type QuotesPageProps = NonNullable<ReturnType<typeof quotesPageProps>>;

export function quotePageProps(api: ContentApi, model: SiteModel, id: string) {
  const quote = api.getQuoteView(id);
  if (!quote) return undefined;
  return {
    page: model.require(quote.permalink),
    quote,
    ...api.getQuoteNeighbours(id),
    breadcrumbs: model.breadcrumbs(quote.permalink),
  };
}
export type QuotePageProps = NonNullable<ReturnType<typeof quotePageProps>>;

/** The sources that play a part on the site (content/site.yaml), resolved. */
export function siteSources(api: ContentApi) {
  const config = api.getSiteConfig();
  return {
    release: api.getSource(config.newsRelease),
    studyPage: api.getSource(config.studyPage),
    reportFile: api.getSource(config.reportFile),
  };
}

/** The home page: the elements round the headline finding, and who said what on each. */
export function homePageProps(api: ContentApi, model: SiteModel) {
  const headline = api.getFinding(api.getSiteConfig().headlineFinding);
  const elements = api.getElements();
  const speakers = speakerSummaries(api);
  return {
    page: model.require(routes.home()),
    elements,
    headline: headline
      ? { title: headline.title, href: routes.finding(headline.slug) }
      : { title: undefined, href: routes.findings() },
    speakers: speakers.map(({ slug, name }) => ({ slug, name })),
    /** Quotes per speaker and element, and where to read them: [speaker][element]. */
    whoSaidWhat: speakers.map((s) =>
      elements.map((e) => ({
        count: api.countQuotes({ speaker: s.slug, element: e.slug }),
        href: quotesHref({ speaker: s.slug, element: e.slug }),
      })),
    ),
    ...siteSources(api),
  };
}

/** The report's citation, for the About page and the report's files. */
export const reportCitation = (api: ContentApi) => citeReport(api);

/** A page written in content/pages (About, Accessibility), with what its template adds. */
export function contentPageProps(api: ContentApi, model: SiteModel, slug: string) {
  const content = api.getPage(slug);
  if (!content) return undefined;
  const page = model.require(routes.page(slug));
  const withTimeline = page.anchors?.has(sectionId.timeline) ?? false;
  const events = withTimeline ? api.getTimeline() : [];
  return {
    page,
    content,
    events,
    /** The sources the timeline's events name, by slug, for their "Source" lines. */
    timelineSources: new Map(
      api.getSources(events.flatMap((e) => e.sources)).map((s) => [s.slug, s]),
    ),
    sources: api.getSources([
      ...new Set([...content.sources, ...events.flatMap((e) => e.sources)]),
    ]),
    /** Where each glossary term is first used in its description and body. */
    glossary: pageGlossary(api, page.path),
    /** The headings of its body that an "On this page" list links to. */
    contents: content.body.headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.id, label: heading.text })),
  };
}
export type ContentPageProps = NonNullable<ReturnType<typeof contentPageProps>>;

/** What the list pages show: every element, finding and source, and the speakers with counts. */
export function listProps(api: ContentApi) {
  return {
    ...siteSources(api),
    elements: api.getElements(),
    findings: api.getFindings(),
    sources: api.getSources(),
    speakers: speakerSummaries(api),
  };
}
