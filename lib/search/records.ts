import type { ContentApi } from "@/lib/content/content-api";
import { speakerName } from "@/lib/content/quote-view";
import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import { routes, sectionId } from "@/lib/content/routes";
import type { SitePage } from "@/lib/site-model/model";
import type { SearchRecord } from "./definition";

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("\n");

/**
 * The text before a body's first heading. The rest belongs to the heading sections, each its
 * own record, so no word is indexed twice for one page.
 */
const intro = (body: { sections: readonly { id: string; text: string }[] }) =>
  body.sections.find((section) => section.id === "")?.text ?? "";

type Body = { sections: readonly { id: string; title: string; text: string }[] };

/** One record per heading section of a body, linking to the heading on its page. */
const sectionRecords = (
  body: Body,
  page: { url: string; title: string; elements: string[] },
): SearchRecord[] =>
  body.sections
    .filter((section) => section.id !== "")
    .map((section) => ({
      type: "section",
      label: section.title,
      title: section.title,
      who: "",
      body: section.text,
      url: `${page.url}#${section.id}`,
      context: page.title,
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
      label: RELEASE_WORDING_LABEL,
      title: RELEASE_WORDING_LABEL,
      who: "",
      body: element.reportWording,
      url: `${url}#${sectionId.reportWording}`,
      context: element.title,
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
      context: "Finding",
      elements: finding.elements,
    };
    return [
      own,
      ...sectionRecords(finding.body, { url, title: finding.title, elements: finding.elements }),
    ];
  });
}

function quoteRecords(api: ContentApi): SearchRecord[] {
  return api.getQuoteViews().map((quote) => ({
    type: "quote",
    label: quote.speaker.name,
    title: "",
    who: `${quote.speaker.name}, ${quote.speaker.role}, ${quote.speaker.organisation}`,
    body: quote.text,
    url: routes.quote(quote.id),
    context: `${quote.speaker.role}, ${quote.speaker.organisation}`,
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
      who: `${name}, ${speaker.role}, ${speaker.organisation}`,
      body: speaker.bio,
      url: routes.speaker(speaker.slug),
      context: `${speaker.role}, ${speaker.organisation}`,
      speaker: speaker.slug,
      elements: [...new Set(quoted.flatMap((quote) => quote.elements.map((e) => e.slug)))],
    };
  });
}

/** Pages other than the element, finding, quote and speaker pages, which have records above. */
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
        body: content ? join(content.description, intro(content.body)) : "",
        url: page.path,
        context: "Page",
        elements: [],
      };
      const sections = content
        ? sectionRecords(content.body, { url: page.path, title: page.title, elements: [] })
        : [];
      return [own, ...sections];
    });
}

/**
 * Every record search can find, built from the same content the pages render: elements with
 * their summary, the report's wording, "In short" and body; one record per heading section;
 * quotes with speaker name and role; findings; speakers; and the other pages.
 */
export function buildSearchRecords(api: ContentApi, pages: readonly SitePage[]): SearchRecord[] {
  return [
    ...elementRecords(api),
    ...findingRecords(api),
    ...quoteRecords(api),
    ...speakerRecords(api),
    ...pageRecords(api, pages),
  ];
}
