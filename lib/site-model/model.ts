import { firstPages, quotePages } from "../browse/quote-pages";
import { easyReadPath } from "../content/easy-read";
import { speakerName } from "../content/quote-view";
import { embedRoutes, routes, sectionId } from "../content/routes";
import type { ChangeNote } from "../content/schemas";
import { findingKinds } from "../content/schemas";
import type { ContentBundle } from "../content/types";
import { dataPageAnchors } from "../data/catalogue";
import { EMBED_WIDTH, type EmbedFrame, embedHeight, embedTitle } from "../embed/frame";
import { numberInWords } from "../number-words";
import { previewImageAlt } from "../og/alt";
import { pageTemplates, templateSections } from "./templates";

export type SitePageKind =
  | "home"
  | "list"
  | "element"
  | "finding"
  | "speaker"
  | "quote"
  | "page"
  | "search"
  | "embed"
  | "easy-read";

/**
 * One page the site generates: everything the sitemap, metadata, breadcrumbs, the link checker,
 * search, preview images, the change log and the sweeps need to know about it, decided once.
 */
export interface SitePage {
  path: string;
  kind: SitePageKind;
  /** The page's own title: its <title> (before the site's name), and its name in every list. */
  title: string;
  /** Its meta description and preview text. */
  description: string;
  /**
   * What else people call what the page offers, in words its title and description do not use
   * ("open data", "CSV"): search finds the page by them, and shows them when they match.
   */
  keywords?: readonly string[];
  /** The page above it, for breadcrumbs; the home page has none. */
  parent?: string;
  /** A label in the main navigation, for the pages it lists. */
  nav?: string;
  /** The ids a link may point at with #fragment; null where the page is not checked. */
  anchors: ReadonlySet<string> | null;
  /** "article" for a page about one thing (an element, a finding, a quote). */
  type: "website" | "article";
  /** The page draws a preview image of its own (else the site's default). */
  ownImage: boolean;
  /** What its own preview image shows, as the image's alt text. */
  imageAlt?: string;
  /** Its change notes, newest first. */
  changes: readonly ChangeNote[];
  /** The content entry's key (slug or quote id) for pages made from one: its route parameter. */
  key?: string;
  /**
   * A page made for other sites to frame (an embed card): left out of the sitemap, navigation
   * and search, and marked noindex; swept and checked like every other page.
   */
  noindex?: true;
  /** A quote's or element's embed card and its oEmbed document, which its page advertises. */
  embed?: EmbedFrame;
}

/** Quotes up to this long are a page's title whole; a longer one's title is its opening words. */
const TITLE_QUOTE_LENGTH = 110;
const TITLE_OPENING_LENGTH = 80;

/**
 * A quote's opening words, cut after a whole word to at most `max` characters and ended with
 * "…", or the whole quote when it is no longer than that. `whole` says which, so that nothing
 * shows an opening as if it were the whole quotation.
 */
export function quoteOpening(text: string, max: number): { words: string; whole: boolean } {
  const words = text.trim();
  if (words.length <= max) return { words, whole: true };
  const flat = words.replace(/\s+/g, " ");
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const opening = (lastSpace > 0 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(
    /[\s,;:.\u2013\u2014-]+$/u,
    "",
  );
  return { words: `${opening}…`, whole: false };
}

/**
 * A quote's page title: its words and who said them; for a long quote, its opening words, ended
 * with "…" and marked as its opening, so a shared link never passes a shortened quote as whole.
 */
export function quotePageTitle(text: string, speaker: string): string {
  if (quoteOpening(text, TITLE_QUOTE_LENGTH).whole) return `“${text.trim()}”, ${speaker}`;
  return `“${quoteOpening(text, TITLE_OPENING_LENGTH).words}” (opening words), ${speaker}`;
}

/** "Quotes" for the first page of the quotes, "Quotes, page 2 of 3" after it. */
export const quotesPageTitle = (page: number, count: number) =>
  page <= 1 ? "Quotes" : `Quotes, page ${page} of ${count}`;

const newestFirst = (a: ChangeNote, b: ChangeNote) => b.date.localeCompare(a.date);

/** Every page's change notes by its address, newest first. */
function changesByPath(bundle: ContentBundle): Map<string, ChangeNote[]> {
  const byPath = new Map<string, ChangeNote[]>();
  const add = (path: string, notes: readonly ChangeNote[]) => {
    if (notes.length > 0) byPath.set(path, [...(byPath.get(path) ?? []), ...notes]);
  };
  for (const e of bundle.elements) add(routes.element(e.slug), e.changes);
  for (const f of bundle.findings) add(routes.finding(f.slug), f.changes);
  for (const p of bundle.pages) add(routes.page(p.slug), p.changes);
  for (const s of bundle.speakers) add(routes.speaker(s.slug), s.changes);
  for (const c of bundle.changes) add(c.path, c.changes);
  for (const r of bundle.easyRead)
    add(easyReadPath(r.slug, bundle.site.headlineFinding), r.changes);
  for (const notes of byPath.values()) notes.sort(newestFirst);
  return byPath;
}

type PageInput = Omit<SitePage, "changes" | "type" | "ownImage" | "anchors"> &
  Partial<Pick<SitePage, "type" | "ownImage" | "anchors">>;

/**
 * Every page of the site, derived from the content: the one list that the sitemap, metadata,
 * navigation, breadcrumbs, the link checker, the search index, preview images, the change log
 * and the accessibility, HTML and crawler sweeps all read. No list of pages is kept anywhere else.
 */
export function listSitePages(bundle: ContentBundle): SitePage[] {
  const ids = (headings: readonly { id: string }[], extra: readonly string[]) =>
    new Set([...headings.map((h) => h.id), ...extra]);
  const speakerBySlug = new Map(bundle.speakers.map((s) => [s.slug, s]));
  const quotesOf = (slug: string) => bundle.quotes.filter((q) => q.speaker === slug);
  const quotePageList = quotePages(bundle.quotes, (q) => `${q.speaker} ${q.source}`);
  const speakerStarts = firstPages(quotePageList, (q) => q.speaker);
  const changes = changesByPath(bundle);
  const home = routes.home();
  const elementCount = numberInWords(bundle.elements.length);

  const pages: PageInput[] = [
    {
      path: home,
      kind: "home",
      title: "Home",
      description: `CELCIS's concluding report on children's services reform in Scotland: the ${elementCount} key elements the news release lists, with the findings and quotes behind them.`,
    },
    {
      path: routes.elements(),
      kind: "list",
      title: `The ${elementCount} key elements`,
      nav: "Key elements",
      parent: home,
      description: `The ${elementCount} key elements the news release on CELCIS's concluding report lists as contributing to the conditions for lasting change in children's services in Scotland.`,
    },
    ...bundle.elements.map((e) => ({
      path: routes.element(e.slug),
      key: e.slug,
      kind: "element" as const,
      title: e.title,
      description: e.summary,
      parent: routes.elements(),
      anchors: ids(e.body.headings, templateSections.element(e)),
      type: "article" as const,
      ownImage: true,
      imageAlt: previewImageAlt.element(e, bundle.elements.length),
      embed: {
        card: embedRoutes.element(e.slug),
        oembed: embedRoutes.oembedElement(e.slug),
        title: embedTitle.element(e.title, e.number, bundle.elements.length),
        width: EMBED_WIDTH,
        height: embedHeight.element(e.title, e.summary, e.reportWording),
      },
    })),
    ...easyReadPages(bundle),
    {
      path: routes.findings(),
      kind: "list",
      title: "Findings",
      nav: "Findings",
      parent: home,
      description:
        "What the Children's Services Reform Research study found, in plain words, with the sources behind each finding.",
      keywords: ["open data", "download", "JSON"],
      anchors: new Set<string>(findingKinds),
    },
    ...bundle.findings.map((f) => ({
      path: routes.finding(f.slug),
      key: f.slug,
      kind: "finding" as const,
      title: f.title,
      description: f.summary,
      parent: routes.findings(),
      anchors: ids(f.body.headings, templateSections.finding(f)),
      type: "article" as const,
      ownImage: true,
      imageAlt: previewImageAlt.finding(f),
    })),
    ...quotePageList.map((quotes, index, all) => ({
      path: routes.quotesPage(index + 1),
      kind: "list" as const,
      title: quotesPageTitle(index + 1, all.length),
      ...(index === 0 ? { nav: "Quotes", keywords: ["open data", "download", "CSV", "JSON"] } : {}),
      parent: index === 0 ? home : routes.quotes(),
      description:
        index === 0
          ? "Every quote from the news release on the concluding report, word for word, with its speaker and source."
          : `Quotes from the news release on the concluding report, word for word, page ${index + 1} of ${all.length}.`,
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
      const who = {
        name: speaker ? speakerName(speaker) : q.speaker,
        role: speaker?.role ?? "",
        organisation: speaker?.organisation ?? "",
      };
      const title = quotePageTitle(q.text, who.name);
      return {
        path: routes.quote(q.id),
        key: q.id,
        kind: "quote" as const,
        title,
        description: `${who.name}, ${who.role}, ${who.organisation}, in the news release on the concluding report: “${q.text.trim()}”`,
        parent: routes.quotes(),
        type: "article" as const,
        ownImage: true,
        imageAlt: previewImageAlt.quote(q, who),
        embed: {
          card: embedRoutes.quote(q.id),
          oembed: embedRoutes.oembedQuote(q.id),
          title: embedTitle.quote(title),
          width: EMBED_WIDTH,
          height: embedHeight.quote(q.text, `${who.name}, ${who.role}, ${who.organisation}`),
        },
      };
    }),
    {
      path: routes.speakers(),
      kind: "list",
      title: "Speakers",
      nav: "Speakers",
      parent: home,
      description: `The ${numberInWords(bundle.speakers.length)} people quoted in the news release on the concluding report, and what each of them said.`,
    },
    ...bundle.speakers.map((s) => ({
      path: routes.speaker(s.slug),
      key: s.slug,
      kind: "speaker" as const,
      title: speakerName(s),
      description: `Everything ${speakerName(s)}, ${s.role}, ${s.organisation}, said in the news release on the concluding report, word for word.`,
      parent: routes.speakers(),
      anchors: new Set([...quotesOf(s.slug).map((q) => q.id), ...templateSections.speaker()]),
    })),
    ...bundle.pages.flatMap((p) => {
      const template = pageTemplates[p.slug];
      return template
        ? [
            {
              path: routes.page(p.slug),
              kind: "page" as const,
              title: p.title,
              description: p.description,
              parent: home,
              ...(p.nav ? { nav: p.nav } : {}),
              anchors: ids(p.body.headings, template()),
            },
          ]
        : [];
    }),
    {
      path: routes.glossary(),
      kind: "list",
      title: "Words explained",
      parent: home,
      description:
        "What the words and names this site uses mean, in plain words, with the sources behind each.",
      keywords: ["glossary", "what does it mean", "acronyms", "terms"],
      anchors: new Set(bundle.glossary.map((g) => g.slug)),
    },
    {
      path: routes.sources(),
      kind: "list",
      title: "Sources",
      parent: home,
      description: "Every source this site relies on, with its publisher, date and address.",
      keywords: ["references", "bibliography", "links"],
      anchors: new Set(bundle.sources.map((s) => s.slug)),
    },
    {
      path: routes.data(),
      kind: "page",
      title: "Open data",
      parent: home,
      description:
        "The quotes, findings and key elements as files to download, the report's citation for reference managers and a feed of changes: what each file holds, how to cite it and what you may reuse.",
      keywords: ["download", "CSV", "JSON", "spreadsheet", "BibTeX", "RIS", "reuse", "licence"],
      anchors: new Set(dataPageAnchors()),
    },
    {
      path: routes.search(),
      kind: "search",
      title: "Search",
      parent: home,
      description: "Search the key elements, findings, quotes and speakers on this site.",
    },
    {
      path: routes.brief(),
      kind: "search",
      title: "Your brief",
      parent: home,
      description:
        "The quotes, findings and key elements you chose, as one document with a citation and link for each: print it, or download it as Word or Markdown.",
      keywords: ["briefing", "collect", "download", "Word", "Markdown", "print"],
    },
    {
      path: routes.changes(),
      kind: "list",
      title: "Changes to this site",
      parent: home,
      description:
        "Every change to the words on this website, newest first, so that anyone who cited an earlier version can see what changed.",
      keywords: ["corrections", "updates", "history", "feed"],
    },
  ];
  // Each quote's and element's embed card, after every other page: a page of its own for the
  // sweeps, but never listed (noindex).
  const embeds: PageInput[] = pages.flatMap((page) =>
    page.embed && page.key
      ? [
          {
            path: page.embed.card,
            key: page.key,
            kind: "embed" as const,
            title: page.embed.title,
            description: page.description,
            parent: page.path,
            noindex: true as const,
          },
        ]
      : [],
  );
  return [...pages, ...embeds].map((page) => ({
    anchors: null,
    type: "website",
    ownImage: false,
    ...page,
    changes: changes.get(page.path) ?? [],
  }));
}

/**
 * The Easy Read pages: /easy-read (the headline finding, and the list of the key elements) first,
 * then each element's in the elements' order.
 */
function easyReadPages(bundle: ContentBundle): PageInput[] {
  const headline = bundle.easyRead.find((r) => r.slug === bundle.site.headlineFinding);
  const count = numberInWords(bundle.elements.length);
  const index: PageInput = {
    path: routes.easyRead(),
    kind: "easy-read",
    title: "Easy Read",
    parent: routes.home(),
    description: `What the report found, and the ${count} key elements, in Easy Read: short sentences in everyday words, each with a picture.`,
    anchors: new Set([sectionId.elements]),
  };
  const elements = bundle.elements.flatMap((e): PageInput[] => {
    const page = bundle.easyRead.find((r) => r.slug === e.slug);
    return page
      ? [
          {
            path: routes.easyReadElement(e.slug),
            key: e.slug,
            kind: "easy-read",
            title: `Easy Read: ${page.title}`,
            parent: routes.easyRead(),
            description: `Key element ${e.number} of ${bundle.elements.length}, ${e.title}, in Easy Read: short sentences in everyday words, each with a picture.`,
            anchors: new Set<string>(),
          },
        ]
      : [];
  });
  return headline ? [index, ...elements] : elements;
}

/** One change to one page's words, as /changes and its feed list it. */
export interface ChangeEntry extends ChangeNote {
  path: string;
  title: string;
  kind: SitePageKind;
}

export interface Breadcrumb {
  name: string;
  path: string;
}

/** The site model: every page, looked up by address, with the lists derived from it. */
export interface SiteModel {
  pages: readonly SitePage[];
  page(path: string): SitePage | undefined;
  /** The page at a path the site is known to have; a miss is a bug in the caller, so it throws. */
  require(path: string): SitePage;
  /** Home down to the page, through each parent. */
  breadcrumbs(path: string): Breadcrumb[];
  /** The main navigation, in page order. */
  navigation: readonly { href: string; label: string }[];
  /** Every change note on the site, newest first; on one day, in the order of the pages. */
  changeLog: readonly ChangeEntry[];
  /** The keys of the pages of one kind, as a dynamic route's generateStaticParams returns them. */
  keysOf<K extends string>(kind: SitePageKind, param: K): Record<K, string>[];
}

export function buildSiteModel(bundle: ContentBundle): SiteModel {
  const pages = listSitePages(bundle);
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const require = (path: string) => {
    const page = byPath.get(path);
    if (!page) throw new Error(`the site has no page at "${path}"`);
    return page;
  };
  const changeLog = pages
    .flatMap((page) =>
      page.changes.map((note) => ({
        ...note,
        path: page.path,
        title: page.title,
        kind: page.kind,
      })),
    )
    // A stable sort keeps the page order within a day.
    .sort(newestFirst);
  return {
    pages,
    page: (path) => byPath.get(path),
    require,
    breadcrumbs(path) {
      const trail: Breadcrumb[] = [];
      for (
        let page = byPath.get(path);
        page;
        page = page.parent ? byPath.get(page.parent) : undefined
      ) {
        trail.unshift({ name: page.title, path: page.path });
        if (trail.length > pages.length) throw new Error(`the parents of "${path}" loop`);
      }
      return trail;
    },
    navigation: pages.flatMap((page) => (page.nav ? [{ href: page.path, label: page.nav }] : [])),
    changeLog,
    keysOf: <K extends string>(kind: SitePageKind, param: K) =>
      pages.flatMap((page) =>
        page.kind === kind && page.key ? [{ [param]: page.key } as Record<K, string>] : [],
      ),
  };
}
