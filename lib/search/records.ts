import type { ContentApi } from "@/lib/content/content-api";
import { speakerName } from "@/lib/content/quote-view";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import { routes, sectionId } from "@/lib/content/routes";
import type { Source, TimelineEvent } from "@/lib/content/schemas";
import { formatHarvard } from "@/lib/cite/harvard";
import { formatDate } from "@/lib/dates";
import { citeReport } from "@/lib/cite/report-citation";
import { type SitePage, quoteOpening } from "@/lib/site-model/model";
import { type SearchAlias, type SearchRecord, mentionsAlias } from "./definition";

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("\n");

/**
 * The text before a body's first heading. The rest belongs to the heading sections, each its
 * own record, so no word is indexed twice for one page.
 */
const intro = (body: { sections: readonly { id: string; text: string }[] }) =>
  body.sections.find((section) => section.id === "")?.text ?? "";

type Body = { sections: readonly { id: string; title: string; text: string }[] };

/** A section's name in a list of results: its page's, then its own ("Tackling poverty: Why it matters"). */
export const sectionLabel = (page: string, section: string) => `${page}: ${section}`;

/** A quote's title in results is its opening, up to this many characters. */
const QUOTE_TITLE_CHARS = 80;

/**
 * A quote's opening words, in quotation marks, ended with "…" when there is more (as its page's
 * title opens): "“The evidence tells us time and time again what it is that…”".
 */
export const quoteTitle = (text: string) => `“${quoteOpening(text, QUOTE_TITLE_CHARS).words}”`;

/** One record per heading section of a body, linking to the heading on its page. */
const sectionRecords = (
  body: Body,
  page: { url: string; title: string; elements: string[] },
): SearchRecord[] =>
  body.sections
    .filter((section) => section.id !== "")
    .map((section) => ({
      type: "section",
      label: sectionLabel(page.title, section.title),
      title: section.title,
      page: page.title,
      who: "",
      body: section.text,
      url: `${page.url}#${section.id}`,
      context: "",
      elements: page.elements,
    }));

/** The element page's own sections (rendered by its template, not its MDX) that people read. */
function elementRecords(api: ContentApi): SearchRecord[] {
  return api.getElements().flatMap((summary) => {
    const element = api.getElement(summary.slug);
    if (!element) return [];
    const elements = [element.slug];
    const url = routes.element(element.slug);
    const own: SearchRecord = {
      type: "element",
      label: element.title,
      title: element.title,
      who: "",
      body: join(element.summary, element.inShort, intro(element.body)),
      url,
      context: `Key element ${element.number}`,
      elements,
    };
    // The release's wording is its own record, so a result drawn from it is labelled as the
    // news release's words rather than shown as the site's (or the report's).
    const wording: SearchRecord = {
      type: "section",
      label: sectionLabel(element.title, RELEASE_WORDING_LABEL),
      title: RELEASE_WORDING_LABEL,
      page: element.title,
      who: "",
      body: element.reportWording,
      url: `${url}#${sectionId.reportWording}`,
      context: "",
      elements,
    };
    return [own, wording, ...sectionRecords(element.body, { url, title: element.title, elements })];
  });
}

function findingRecords(api: ContentApi): SearchRecord[] {
  return api.getFindings().flatMap((summary) => {
    const finding = api.getFinding(summary.slug);
    if (!finding) return [];
    const url = routes.finding(finding.slug);
    const own: SearchRecord = {
      type: "finding",
      label: finding.title,
      title: finding.title,
      who: "",
      body: join(finding.summary, intro(finding.body)),
      url,
      context: "",
      elements: finding.elements,
    };
    return [
      own,
      ...sectionRecords(finding.body, { url, title: finding.title, elements: finding.elements }),
    ];
  });
}

/** A quote is found by its words and by who said it; it is titled with its own opening words. */
function quoteRecords(api: ContentApi): SearchRecord[] {
  return api.getQuoteViews().map((quote) => ({
    type: "quote",
    label: quoteTitle(quote.text),
    title: "",
    name: quote.speaker.name,
    who: `${quote.speaker.name}, ${quote.speaker.role}, ${quote.speaker.organisation}`,
    body: quote.text,
    url: routes.quote(quote.id),
    context: `${quote.speaker.name}, ${quote.speaker.role}, ${quote.speaker.organisation}`,
    speaker: quote.speaker.slug,
    elements: quote.elements.map((element) => element.slug),
  }));
}

function speakerRecords(api: ContentApi): SearchRecord[] {
  return api.getSpeakers().map((speaker) => {
    const name = speakerName(speaker);
    const quoted = api.getQuoteViews({ speaker: speaker.slug });
    return {
      type: "speaker",
      label: name,
      title: name,
      name,
      who: `${name}, ${speaker.role}, ${speaker.organisation}`,
      body: speaker.bio,
      url: routes.speaker(speaker.slug),
      context: `${speaker.role}, ${speaker.organisation}`,
      speaker: speaker.slug,
      elements: [...new Set(quoted.flatMap((quote) => quote.elements.map((e) => e.slug)))],
    };
  });
}

/**
 * Pages other than the element, finding, quote and speaker pages, which have records above:
 * found by their title, their description (what the site says the page is), the words people
 * look for them by (the site model's keywords) and their text.
 */
/**
 * Each glossary term as a section of the glossary page ("Words explained: UNCRC"), found by any
 * of its names, and each Easy Read page by its own words.
 */
function glossaryAndEasyReadRecords(api: ContentApi, pages: readonly SitePage[]): SearchRecord[] {
  const titleOf = new Map(pages.map((page) => [page.path, page.title]));
  const glossaryTitle = titleOf.get(routes.glossary());
  const terms = glossaryTitle
    ? api.getGlossary().map((entry): SearchRecord => ({
        type: "term",
        label: sectionLabel(glossaryTitle, entry.term),
        title: entry.term,
        page: glossaryTitle,
        who: "",
        body: entry.definition,
        ...(entry.otherNames.length > 0 ? { keywords: entry.otherNames.join(", ") } : {}),
        url: routes.glossaryTerm(entry.slug),
        context: "",
        elements: [],
      }))
    : [];
  const easyRead = api.getEasyRead().flatMap((page): SearchRecord[] => {
    const title = titleOf.get(page.path);
    if (!title) return [];
    return [
      {
        type: "page",
        label: title,
        title,
        who: "",
        body: join(page.title, page.text),
        keywords: "simple words, plain English",
        url: page.path,
        context: "",
        elements: [],
      },
    ];
  });
  return [...terms, ...easyRead];
}

function pageRecords(api: ContentApi, pages: readonly SitePage[]): SearchRecord[] {
  const bySlug = new Map(api.getPages().map((page) => [routes.page(page.slug), page.slug]));
  return pages
    .filter((page) => page.kind === "list" || page.kind === "page")
    .flatMap((page) => {
      const slug = bySlug.get(page.path);
      const content = slug ? api.getPage(slug) : undefined;
      const own: SearchRecord = {
        type: "page",
        label: page.title,
        title: page.title,
        who: "",
        body: join(page.description, content ? intro(content.body) : ""),
        ...(page.keywords ? { keywords: page.keywords.join(", ") } : {}),
        url: page.path,
        context: "",
        elements: [],
      };
      const sections = content
        ? [
            ...sectionRecords(content.body, { url: page.path, title: page.title, elements: [] }),
            ...templateRecords(api, page),
          ]
        : [];
      return [own, ...sections];
    });
}

/**
 * The headings page templates give the sections they add around a page's own text (the About
 * page's timeline and citation: components/about, components/cite), and the words people look
 * for them by.
 */
const TEMPLATE_SECTIONS = {
  timeline: { title: "Timeline", keywords: ["dates", "history"] },
  cite: { title: "Cite this", keywords: ["citation", "reference", "BibTeX", "RIS"] },
} as const;

const eventText = (event: TimelineEvent) =>
  `${formatDate(event.date, event.precision)}: ${event.title}. ${event.description}`;

/**
 * The sections a content page's template adds (the site model lists them as the page's
 * anchors): the timeline, one event a passage, and the report's citation.
 */
function templateRecords(api: ContentApi, page: SitePage): SearchRecord[] {
  const has = (id: string) => page.anchors?.has(id) ?? false;
  const section = (id: keyof typeof TEMPLATE_SECTIONS, body: string): SearchRecord => ({
    type: "section",
    label: sectionLabel(page.title, TEMPLATE_SECTIONS[id].title),
    title: TEMPLATE_SECTIONS[id].title,
    page: page.title,
    who: "",
    body,
    keywords: TEMPLATE_SECTIONS[id].keywords.join(", "),
    url: `${page.path}#${sectionId[id]}`,
    context: "",
    elements: [],
  });
  const { url: _url, ...citation } = citeReport(api);
  return [
    ...(has(sectionId.timeline)
      ? [section("timeline", join(...api.getTimeline().map(eventText)))]
      : []),
    ...(has(sectionId.cite) ? [section("cite", formatHarvard(citation))] : []),
  ];
}

const sourceKindLabels: Record<Source["kind"], string> = {
  "news-release": "News release",
  "web-page": "Web page",
  report: "Report",
  legislation: "Legislation",
};

/** Each source on the sources page, found by its title, publisher, date, kind and note. */
function sourceRecords(api: ContentApi): SearchRecord[] {
  return api.getSources().map((source) => {
    const about = [
      sourceKindLabels[source.kind],
      source.publisher,
      source.date ? formatDate(source.date) : "",
    ];
    return {
      type: "source",
      label: source.title,
      title: source.title,
      who: "",
      body: join(about.filter(Boolean).join(", "), source.note),
      url: `${routes.sources()}#${source.slug}`,
      context: source.publisher,
      elements: [],
    };
  });
}

/** Each record with the glossary entries its title, text or keywords name. */
function withAliases(records: SearchRecord[], aliases: readonly SearchAlias[]): SearchRecord[] {
  return records.map((record) => {
    const text = join(record.title, record.body, record.keywords);
    const named = aliases.filter((alias) => mentionsAlias(text, alias));
    return named.length > 0 ? { ...record, aliases: named } : record;
  });
}

/**
 * Every record search can find, built from the same content the pages render: elements with
 * their summary, "In short" and body; the release's wording of each; one record per heading
 * section; quotes with speaker name and role; findings; speakers; and the other pages. Each
 * carries the glossary entries it names, so any of an entry's names finds it.
 */
export function buildSearchRecords(api: ContentApi, pages: readonly SitePage[]): SearchRecord[] {
  const aliases = api.getGlossary().map((entry) => ({
    names: [entry.term, ...entry.otherNames, ...entry.searchAlso],
  }));
  return withAliases(
    [
      ...elementRecords(api),
      ...findingRecords(api),
      ...quoteRecords(api),
      ...speakerRecords(api),
      ...pageRecords(api, pages),
      ...glossaryAndEasyReadRecords(api, pages),
      ...sourceRecords(api),
    ],
    aliases,
  );
}
