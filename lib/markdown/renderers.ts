import type { InlineCode } from "mdast";
import { quoteWork } from "../cite/content";
import { RELEASE_WORDING_LABEL } from "../content/attribution";
import type { ContentApi } from "../content/content-api";
import { routes, sectionId } from "../content/routes";
import type { FindingKind } from "../content/schemas";
import { dataCatalogue, dataReuse, dataSetWork } from "../data/catalogue";
import { homeText } from "../home-text";
import { numberInWords } from "../number-words";
import { absoluteUrl } from "../seo/metadata";
import { site } from "../site";
import type { SiteModel, SitePage, SitePageKind } from "../site-model/model";
import * as props from "../site-model/props";
import type { MdxComponentMap } from "./body";
import { bodyToMarkdown } from "./body";
import { formatDate } from "../dates";
import { citeSection, quoteBlock, sourceCitation, sourcesSection } from "./blocks";
import type { Block } from "./mdast";
import { blockquote, heading, link, list, paragraph, section, strong } from "./mdast";

/** What the renderers read: the content, the model, and what the route passes in from components/. */
export interface MarkdownContext {
  api: ContentApi;
  model: SiteModel;
  /** The components MDX bodies use (components/mdx). */
  components: MdxComponentMap;
  /** The finding kinds as the pages name them (components/findings/finding-kinds.ts). */
  findingKindLabels: Readonly<Record<FindingKind, string>>;
  /** The public origin links are made absolute with (SITE_URL). */
  origin: string;
}

/** One page's Markdown before the common frame: a line above the title, the title, and blocks. */
export interface RenderedPage {
  eyebrow?: string;
  /** The page's heading, where it is not its title in the model (the home page). */
  heading?: string;
  /**
   * false where the page shows no description under its title (a quote's page leads with the
   * quote, a speaker's with their role): the blocks then open as the page does.
   */
  lead?: false;
  blocks: Block[];
}

export type PageRenderer = (page: SitePage, context: MarkdownContext) => RenderedPage;

const code = (value: string): InlineCode => ({ type: "inlineCode", value });

/** The pages the model puts under this one (an element under /elements), linked with their descriptions. */
function childPages(page: SitePage, { model }: MarkdownContext): Block[] {
  const children = model.pages.filter((p) => p.parent === page.path && p.kind !== "list");
  return children.length > 0
    ? [list(children.map((child) => [link(child.path, child.title), `: ${child.description}`]))]
    : [];
}

function element(page: SitePage, context: MarkdownContext): RenderedPage {
  const p = props.elementPageProps(context.api, context.model, page.key ?? "");
  if (!p) throw new Error(`no key element for the page ${page.path}`);
  const { element: e, quotes, findings } = p;
  const attribution = [
    `— ${RELEASE_WORDING_LABEL}, from its list of the key elements the report identifies`,
    ...(p.release ? [": ", link(p.release.url, p.release.title), ` (${p.release.publisher})`] : []),
    ".",
  ];
  return {
    eyebrow: `Key element ${e.number} of ${p.count}`,
    blocks: [
      blockquote(paragraph(`“${e.reportWording}”`), paragraph(...attribution)),
      ...section("In short", e.inShort ? [paragraph(e.inShort)] : []),
      ...bodyToMarkdown(e.body.code, context.components),
      ...section("What was said", [
        ...quotes.shown.map(quoteBlock),
        ...(quotes.total > 0
          ? [paragraph(link(quotes.href, `All ${quotes.total} quotes on this element`))]
          : []),
      ]),
      ...section("Findings behind it", [
        ...(findings.shown.length > 0
          ? [
              list(
                findings.shown.map((f) => [
                  link(routes.finding(f.slug), f.title),
                  `: ${f.summary}`,
                ]),
              ),
            ]
          : []),
        ...(findings.total > findings.shown.length
          ? [paragraph(link(findings.href, `All ${findings.total} findings on this element`))]
          : []),
      ]),
      ...section(
        "Related key elements",
        p.related.length > 0
          ? [list(p.related.map((r) => [link(routes.element(r.slug), r.title), `: ${r.summary}`]))]
          : [],
      ),
      ...sourcesSection(p.sources),
      ...citeSection(p.citation, [
        "To refer to this key element in your own work, cite this website’s page for it. The element’s title and number are this site’s; to cite the report itself, see ",
        link(`${routes.about()}#${sectionId.cite}`, "About the study"),
        ".",
      ]),
    ],
  };
}

function finding(page: SitePage, context: MarkdownContext): RenderedPage {
  const p = props.findingPageProps(context.api, context.model, page.key ?? "");
  if (!p) throw new Error(`no finding for the page ${page.path}`);
  return {
    eyebrow: context.findingKindLabels[p.finding.kind],
    blocks: [
      ...bodyToMarkdown(p.finding.body.code, context.components),
      ...section(
        "Key elements it relates to",
        p.elements.length > 0
          ? [
              list(
                p.elements.map((e) => [
                  `${e.number} of ${p.elementCount}: `,
                  link(routes.element(e.slug), e.title),
                ]),
              ),
            ]
          : [],
      ),
      ...section("Quotes on these key elements", [
        ...p.quotes.shown.map(quoteBlock),
        ...(p.quotesByElement.length > 0
          ? [list(p.quotesByElement.map((e) => [link(e.href, `All quotes on ${e.title}`)]))]
          : []),
      ]),
      ...sourcesSection(p.sources),
    ],
  };
}

function quote(page: SitePage, context: MarkdownContext): RenderedPage {
  const p = props.quotePageProps(context.api, context.model, page.key ?? "");
  if (!p) throw new Error(`no quote for the page ${page.path}`);
  const q = p.quote;
  return {
    eyebrow: `Quote ${q.position} in the news release`,
    lead: false,
    blocks: [
      quoteBlock(q),
      paragraph(
        `The release is about ${site.publisher}’s concluding report, published on ${formatDate(site.published)}.`,
      ),
      ...section(
        "Key elements it speaks to",
        q.elements.length > 0
          ? [list(q.elements.map((e) => [link(routes.element(e.slug), `${e.number}. ${e.title}`)]))]
          : [],
      ),
      ...section("In context", [
        paragraph(
          `Quote ${q.statement.index} of ${q.statement.count} in what ${q.speaker.shortName} said: `,
          link(q.inContext, `read them all in order`),
          ".",
        ),
        ...(q.statement.previous
          ? [
              paragraph(
                "It follows: ",
                link(q.statement.previous.permalink, `“${q.statement.previous.text.trim()}”`),
              ),
            ]
          : []),
      ]),
      ...citeSection(quoteWork(q), [
        `To use these words in your own work, cite ${q.speaker.shortName} as quoted in the source:`,
      ]),
    ],
  };
}

function speaker(page: SitePage, context: MarkdownContext): RenderedPage {
  const p = props.speakerPageProps(context.api, context.model, page.key ?? "");
  if (!p) throw new Error(`no speaker for the page ${page.path}`);
  return {
    eyebrow: "Speaker",
    lead: false,
    blocks: [
      paragraph(strong(`${p.speaker.role}, ${p.speaker.organisation}`)),
      paragraph(p.speaker.bio),
      ...section("What they said, in order", p.quotes.map(quoteBlock)),
      ...section(
        "Their quotes by key element",
        p.byElement.length > 0
          ? [list(p.byElement.map((e) => [link(e.href, e.title), `: ${e.count}`]))]
          : [],
        3,
      ),
      ...sourcesSection(p.sources),
    ],
  };
}

function home(page: SitePage, context: MarkdownContext): RenderedPage {
  const p = props.homePageProps(context.api, context.model);
  const elements = p.elements;
  const table: Block = {
    type: "table",
    align: [],
    children: [
      {
        type: "tableRow",
        children: ["Speaker", ...elements.map((e) => `${e.number}. ${e.title}`)].map((cell) => ({
          type: "tableCell",
          children: [{ type: "text", value: cell }],
        })),
      },
      ...p.speakers.map((s, row) => ({
        type: "tableRow" as const,
        children: [
          { type: "tableCell" as const, children: [link(routes.speaker(s.slug), s.name)] },
          ...elements.map((_, column) => {
            const cell = p.whoSaidWhat[row]?.[column];
            return {
              type: "tableCell" as const,
              children: cell && cell.count > 0 ? [link(cell.href, String(cell.count))] : [],
            };
          }),
        ],
      })),
    ],
  };
  const text = homeText(elements.length);
  return {
    heading: site.reportTitle,
    blocks: [
      paragraph(text.lead),
      paragraph(strong(site.reportTitle), text.afterReportTitle),
      paragraph("The headline finding: ", link(p.headline.href, p.headline.title ?? "Findings")),
      ...section(`The ${numberInWords(elements.length)} key elements`, [
        list(
          elements.map((e) => [
            `${e.number}. `,
            link(routes.element(e.slug), e.title),
            `: ${e.summary}`,
          ]),
        ),
      ]),
      ...section("Who said what", [
        paragraph(
          "How many of each speaker’s quotes speak to each key element. Each number links to those quotes, word for word.",
        ),
        table,
      ]),
      ...[p.release, p.studyPage, p.reportFile].flatMap((source, index) =>
        source
          ? [
              paragraph(
                ["Source: ", "The study: ", "The report: "][index] ?? "",
                ...sourceCitation(source),
                ".",
              ),
            ]
          : [],
      ),
    ],
  };
}

/** The quotes on one numbered page of the quotes, each with its speaker and source. */
function quotesPage(page: SitePage, context: MarkdownContext, number: number): Block[] {
  const p = props.quotesPageProps(context.api, context.model, number);
  if (!p) throw new Error(`no quotes for the page ${page.path}`);
  const others = Array.from({ length: p.pageCount }, (_, i) => i + 1).filter((n) => n !== number);
  return [
    paragraph(
      `Quotes ${p.firstOnPage} to ${p.firstOnPage + p.pageQuotes.length - 1} of ${p.total}, word for word, each with its speaker and source. The same quotes as open data: `,
      link(routes.quotesJson(), "quotes.json"),
      " and ",
      link(routes.quotesCsv(), "quotes.csv"),
      ".",
    ),
    ...p.pageQuotes.map(quoteBlock),
    ...section(
      "Other pages of quotes",
      others.length > 0 ? [list(others.map((n) => [link(routes.quotesPage(n), `Page ${n}`)]))] : [],
    ),
  ];
}

function sources(_page: SitePage, { api }: MarkdownContext): Block[] {
  return [
    list(
      api
        .getSources()
        .map((s) => [paragraph(...sourceCitation(s)), ...(s.note ? [paragraph(s.note)] : [])]),
    ),
  ];
}

/** Each term with its other names, what it means and its sources. */
function glossary({ api }: MarkdownContext): Block[] {
  const entries = api.getGlossary();
  if (entries.length === 0) return [];
  return [
    list(
      entries.map((entry) => [
        paragraph(
          strong(entry.term),
          entry.otherNames.length > 0 ? ` (also: ${entry.otherNames.join(", ")})` : "",
        ),
        paragraph(entry.definition),
        paragraph(
          "Sources: ",
          ...api
            .getSources(entry.sources)
            .flatMap((source, i) => [...(i > 0 ? ["; "] : []), link(source.url, source.title)]),
        ),
      ]),
    ),
  ];
}

const changeKindLabel: Partial<Record<SitePageKind, string>> = {
  element: "Key element",
  finding: "Finding",
  speaker: "Speaker",
  page: "Page",
  list: "List",
};

function changes(_page: SitePage, { model }: MarkdownContext): Block[] {
  const days = new Map<string, (typeof model.changeLog)[number][]>();
  for (const entry of model.changeLog)
    days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  return [
    paragraph(
      "When we change the words on a page, we say so here and on the page itself, with the date. Quotes are never changed: they are the speakers’ exact words. Follow new changes in a feed reader with the ",
      link(routes.changesFeed(), "Atom feed"),
      ".",
    ),
    ...(days.size === 0
      ? [paragraph("No page’s words have changed since the site was first published.")]
      : [...days].flatMap(([date, entries]) => [
          heading(2, formatDate(date)),
          list(
            entries.map((entry) => [
              paragraph(
                changeKindLabel[entry.kind] ? `${changeKindLabel[entry.kind]}: ` : "",
                link(entry.path, entry.title),
              ),
              paragraph(entry.note),
            ]),
          ),
        ])),
  ];
}

function list_(page: SitePage, context: MarkdownContext): RenderedPage {
  const quotesPages = props.quotePagesOf(context.api);
  const number = quotesPages.findIndex((_, i) => routes.quotesPage(i + 1) === page.path) + 1;
  if (number > 0) return { blocks: quotesPage(page, context, number) };
  if (page.path === routes.sources()) return { blocks: sources(page, context) };
  if (page.path === routes.changes()) return { blocks: changes(page, context) };
  if (page.path === routes.glossary()) return { blocks: glossary(context) };
  return { blocks: childPages(page, context) };
}

/** A page of content/pages (About, Accessibility) with what its template adds; /data from its catalogue. */
function contentPage(page: SitePage, context: MarkdownContext): RenderedPage {
  if (page.path === routes.data()) return { blocks: dataPage(page, context) };
  const entry = context.api.getPages().find((p) => routes.page(p.slug) === page.path);
  const p = entry ? props.contentPageProps(context.api, context.model, entry.slug) : undefined;
  if (!p) return { blocks: childPages(page, context) };
  const blocks: Block[] = [...bodyToMarkdown(p.content.body.code, context.components)];
  if (page.anchors?.has(sectionId.timeline)) {
    blocks.push(
      ...section("Timeline", [
        list(
          p.events.map((event) => [
            paragraph(strong(formatDate(event.date, event.precision)), `: ${event.title}`),
            paragraph(event.description),
            paragraph(
              "Source: ",
              ...event.sources.flatMap((slug, i) => {
                const source = p.timelineSources.get(slug);
                return source ? [...(i > 0 ? ["; "] : []), link(source.url, source.title)] : [];
              }),
            ),
          ]),
        ),
      ]),
    );
  }
  blocks.push(...sourcesSection(p.sources));
  if (page.anchors?.has(sectionId.cite)) {
    blocks.push(
      ...citeSection(props.reportCitation(context.api), [
        "To refer to the concluding report in your own work, cite it like this, or download the citation for your reference manager: ",
        link(routes.reportBibtex(), "BibTeX"),
        ", ",
        link(routes.reportRis(), "RIS"),
        ".",
      ]),
    );
  }
  return { blocks };
}

function dataPage(page: SitePage, context: MarkdownContext): Block[] {
  const publisher = site.sitePublisher.name;
  const work = dataSetWork(page.changes[0]?.date, absoluteUrl(page.path, context.origin));
  const groups = dataCatalogue.flatMap((group) => [
    heading(2, group.title),
    list(group.files.map((file) => [link(file.path, file.name), ` (${file.format})`])),
    paragraph(group.purpose),
    ...group.fieldSets.flatMap((set) => [
      heading(3, `${set.title} (${set.fields.length})`),
      list(set.fields.map((field) => [code(field.name), `: ${field.about}`])),
      ...(set.notes ?? []).map((note) => paragraph(note)),
    ]),
    heading(3, "How to cite it"),
    paragraph(
      group.cite,
      ...(group.citeSee ? [" See ", link(group.citeSee.href, group.citeSee.label), "."] : []),
    ),
    heading(3, "Reuse"),
    paragraph(group.reuse),
  ]);
  const reuse = dataReuse(publisher);
  const release = context.api.getSource(context.api.getSiteConfig().newsRelease);
  return [
    ...groups,
    heading(2, reuse.title),
    list([
      [
        reuse.quotes.beforeRelease,
        ...(release ? [", ", ...sourceCitation(release)] : []),
        reuse.quotes.afterRelease,
      ],
      ...reuse.others.map((item) => [item]),
    ]),
    ...citeSection(work, [
      "To cite the files themselves, for example in a note on how you worked, rather than the words in them:",
    ]),
  ];
}

/** The search page; another page of the kind (kept in the browser) has only its title and description. */
function search(page: SitePage, context: MarkdownContext): RenderedPage {
  if (page.path !== routes.search()) {
    return {
      blocks: [
        paragraph(
          "What this page shows is made in the browser, from the address and what you chose there, so its Markdown holds only its title and description.",
        ),
        ...childPages(page, context),
      ],
    };
  }
  return {
    blocks: [
      paragraph("Search the key elements, findings, quotes and speakers."),
      paragraph(
        "Search needs JavaScript. Without it, browse ",
        link(routes.quotes(), "every quote"),
        " or ",
        link(routes.findings(), "every finding"),
        ".",
      ),
    ],
  };
}

/** An Easy Read page: its points in order, one idea each; the index then lists the elements' pages. */
function easyRead(page: SitePage, context: MarkdownContext): RenderedPage {
  const { bundle } = context.api;
  const slug = page.key ?? bundle.site.headlineFinding;
  const entry = bundle.easyRead.find((r) => r.slug === slug);
  return {
    blocks: [
      ...(entry ? [list(entry.points.map((point) => [point.text]))] : []),
      ...childPages(page, context),
    ],
  };
}

/** An embed card (left out of the Markdown, like the sitemap, as it is noindex): the page it shows. */
function embed(page: SitePage): RenderedPage {
  return {
    blocks: page.parent
      ? [paragraph("A card for other websites to show, of this page: ", link(page.parent))]
      : [],
  };
}

/**
 * One renderer per kind of page in the site model. A page of an existing kind gets its Markdown
 * with no code; a new kind must be given one here (TypeScript asks for it, and the build names
 * the page when one is missing).
 */
export const renderers: Record<SitePageKind, PageRenderer> = {
  home,
  list: list_,
  element,
  finding,
  speaker,
  quote,
  page: contentPage,
  search,
  "easy-read": easyRead,
  embed,
};
