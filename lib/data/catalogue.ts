// Relative imports: the site model reads this file, and it also runs in scripts without the @/ alias.
import { sitePageWork } from "../cite/content";
import type { CitableWork } from "../cite/work";
import { routes, sectionId } from "../content/routes";
import { findingKinds } from "../content/schemas";
import { site } from "../site";
import type { ElementRecord, FindingRecord, QuoteRecord } from "./open-data";

/**
 * The files as one work, for the /data page and its Markdown: a data set published by the
 * site, dated by the page's last change.
 */
export function dataSetWork(updated: string | undefined, url: string): CitableWork {
  const publisher = site.sitePublisher.name;
  return sitePageWork(
    { name: site.name, ...(publisher ? { publisher } : {}) },
    { title: "Open data: the quotes, findings and key elements", medium: "Data set", updated },
    url,
  );
}

/**
 * What the /data page says about each file the site offers: what it is for, its fields, how to
 * cite it and what may be reused. The fields of the JSON and CSV files are typed against their
 * records, so a field added to a record is not published undocumented (the build fails until it
 * is described here), and tests/unit/open-data.test.ts holds the lists to the files themselves.
 */

export interface DataField {
  name: string;
  about: string;
}

export interface DataDownload {
  path: string;
  /** The file's name, as the link shows it. */
  name: string;
  /** Its format in words ("JSON", "CSV, UTF-8"). */
  format: string;
  /** A feed is followed at its address rather than saved: no download attribute on its link. */
  feed?: true;
}

/** A link the page gives after a passage, to where the reader can do what it says. */
export interface DataSee {
  href: string;
  label: string;
}

export interface DataFileGroup {
  /** Its section's anchor on /data. */
  id: string;
  title: string;
  files: readonly DataDownload[];
  purpose: string;
  /** Each set of fields under a title that names it; the page shows how many each has. */
  fieldSets: readonly { title: string; fields: readonly DataField[]; notes?: readonly string[] }[];
  cite: string;
  citeSee?: DataSee;
  reuse: string;
}

/** Every field of a record, described: a missing or unknown field is a type error. */
const fieldsOf = <T>(about: { [K in keyof Required<T>]: string }): DataField[] =>
  Object.entries<string>(about).map(([name, text]) => ({ name, about: text }));

const sourceDate =
  "as far as the sources date it: a whole date (YYYY-MM-DD), or only a year (YYYY), as for the news release";

/** The fields of one quote: the same in quotes.json and, in this order, the columns of quotes.csv. */
export const quoteFields = fieldsOf<QuoteRecord>({
  id: "The quote’s name on this site, which ends the address of its page.",
  speaker:
    "Who said it, as they are known: with a title such as Professor or Dr, and letters after the name, where they have them.",
  speakerRole: "Their role, as the sources give it.",
  speakerOrganisation: "The organisation they work for, as the sources give it.",
  text: "The words, exactly as the source gives them: only spacing and the style of the quotation marks may differ.",
  position: "Where the quote comes in its source: 1 for the first, and so on.",
  sourceTitle: "The title of the source that published the words.",
  sourcePublisher: "Who published that source.",
  sourceUrl: "The source’s web address.",
  sourceDate: `The source’s date, ${sourceDate}; empty in the CSV file and null in the JSON file where there is none.`,
  elements:
    "The key elements this site tags the quote with. In the JSON file, each with its slug, title and url (its page); in the CSV file, slugs separated by a semicolon and a space.",
  permalink: "The full address of the quote’s own page on this site.",
});

const sourcesField = `Each with its title, publisher, date (${sourceDate}, or null) and url.`;

export const findingFields = fieldsOf<FindingRecord>({
  slug: "The finding’s name on this site, which ends the address of its page.",
  title: "This site’s title for the finding.",
  kind: `What sort of finding it is, one of: ${findingKinds.join(", ")}. The findings page groups them by kind.`,
  summary: "What the finding is, in this site’s own words.",
  elements: "The key elements it relates to, each with its slug, title and url.",
  sources: `The sources it rests on. ${sourcesField}`,
  permalink: "The full address of the finding’s page on this site.",
});

export const elementFields = fieldsOf<ElementRecord>({
  slug: "The element’s name on this site, which ends the address of its page.",
  number: "Its number on this site, from 1.",
  title: "This site’s title for it.",
  releaseWording:
    "The element as the news release lists it, word for word: text holds the words, label says whose they are (the news release’s), and source names the release (title, publisher, date, url).",
  summary: "One or two sentences in this site’s own words.",
  inShort: "The same in plain words, for younger readers; null where there is none.",
  related: "The other key elements this site links it to, each with its slug, title and url.",
  sources: `The sources of the element’s page. ${sourcesField}`,
  permalink: "The full address of the element’s page on this site.",
});

const envelope =
  "The JSON file is one object: description (what the file holds), site (this site’s address), count (how many records) and records (the list, one object a record, with these fields).";

/** The files, in the order the /data page lists them. */
export const dataCatalogue: readonly DataFileGroup[] = [
  {
    id: "quotes",
    title: "Quotes",
    files: [
      { path: routes.quotesJson(), name: "quotes.json", format: "JSON" },
      { path: routes.quotesCsv(), name: "quotes.csv", format: "CSV, UTF-8" },
    ],
    purpose:
      "Every quote from the news release on the concluding report, word for word, one record a quote, with who said it, the source that published it and the key elements it speaks to. Use them to quote people accurately, or read them into a spreadsheet, a database or your own analysis.",
    fieldSets: [
      {
        title: "Fields, the same in both files",
        fields: quoteFields,
        notes: [
          envelope,
          "The CSV file has a header row and then one row a quote, with the same fields in the same order. It follows RFC 4180 (fields that hold a comma, a quotation mark or a line break are put in double quotation marks; lines end with CR LF) and is UTF-8 with a byte order mark, so that Excel and other spreadsheets show the curly quotation marks and apostrophes as they are.",
        ],
      },
    ],
    cite: "Cite the words as the speaker’s, quoted in the news release, rather than this file. Each quote’s page (its permalink) gives that citation in Harvard and APA style, ready to copy.",
    reuse:
      "The words are the speakers’ own, published in the news release: they are not this site’s to license. Quote them word for word, with the speaker’s name and role and the release as the source. The key elements each quote is tagged with are this site’s reading of it.",
  },
  {
    id: "findings",
    title: "Findings",
    files: [{ path: routes.findingsJson(), name: "findings.json", format: "JSON" }],
    purpose:
      "The study’s findings as this site summarises them, in its own words, each with the key elements it relates to and the sources it rests on.",
    fieldSets: [{ title: "Fields", fields: findingFields, notes: [envelope] }],
    cite: "These summaries are this site’s: cite the finding’s page (its permalink), and for what a source says, that source.",
    reuse:
      "The titles and summaries are this site’s own words, and the site states no licence for them: cite the page you draw on. What a source says is that source’s.",
  },
  {
    id: "elements",
    title: "Key elements",
    files: [{ path: routes.elementsJson(), name: "elements.json", format: "JSON" }],
    purpose:
      "The key elements the news release lists, one record an element: the release’s own wording of it beside this site’s number, title and summaries, with the elements it relates to and its sources.",
    fieldSets: [{ title: "Fields", fields: elementFields, notes: [envelope] }],
    cite: "For the wording in releaseWording, cite the news release it names. For this site’s numbers, titles and summaries, cite the element’s page: each has a Cite this section with the citation in Harvard and APA style.",
    reuse:
      "The wording in releaseWording is the news release’s, quoted word for word: reuse it as the release’s words. The numbers, titles and summaries are this site’s, and the site states no licence for them.",
  },
  {
    id: "report-citation",
    title: "The report’s citation",
    files: [
      { path: routes.reportBibtex(), name: "report.bib", format: "BibTeX" },
      { path: routes.reportRis(), name: "report.ris", format: "RIS" },
    ],
    purpose:
      "The concluding report’s details for a reference manager such as Zotero, EndNote or Mendeley: import either file to cite the report itself.",
    fieldSets: [
      {
        title: "Fields of report.bib",
        fields: [
          { name: "@techreport", about: "One entry: the report, under a fixed key." },
          { name: "author, institution", about: "Who wrote and published the report." },
          { name: "title", about: "The report’s title, its capitals kept as they are." },
          { name: "year, month, date", about: "When it was published (date as YYYY-MM-DD)." },
          { name: "url", about: "The address of the report’s file." },
        ],
      },
      {
        title: "Fields of report.ris",
        fields: [
          { name: "TY", about: "The kind of work: RPRT, a report." },
          { name: "AU, PB", about: "Who wrote and published the report." },
          { name: "TI", about: "The report’s title." },
          { name: "PY, DA", about: "When it was published (DA as YYYY/MM/DD)." },
          { name: "UR", about: "The address of the report’s file." },
          { name: "ER", about: "The end of the entry." },
        ],
        notes: ["Lines end with CR LF, as the format asks."],
      },
    ],
    cite: "These files are the citation of the report, not of this site. The About page shows the same citation in Harvard and APA style, ready to copy.",
    citeSee: { href: `${routes.about()}#cite`, label: "The report’s citation on the About page" },
    reuse: "They hold only the details needed to cite the report.",
  },
  {
    id: "changes-feed",
    title: "Changes",
    files: [{ path: routes.changesFeed(), name: "changes.xml", format: "Atom feed", feed: true }],
    purpose:
      "Every change to the words of this site, newest first, as an Atom feed: follow it in a feed reader to hear of corrections, or to see whether a page you cited has changed since. The changes page lists the same.",
    fieldSets: [
      {
        title: "Fields of each entry",
        fields: [
          { name: "title", about: "The page’s title, then \u201cupdated\u201d." },
          { name: "link", about: "The page that changed." },
          { name: "updated", about: "The day of the change." },
          { name: "summary", about: "What changed, in a sentence or two." },
          {
            name: "id",
            about: "A name for the entry that stays the same, so readers show it once.",
          },
        ],
      },
    ],
    cite: "The feed is not a work to cite: when you cite a page, give the date you read it, and the feed shows what has changed since.",
    citeSee: { href: routes.changes(), label: "Changes to this site" },
    reuse: "The notes are this site’s own words.",
  },
];

/** The /data page's sections beyond the files, for its contents list and the link checker. */
export const dataPageSections = { reuse: "reuse", cite: sectionId.cite } as const;

/** Every anchor on the /data page. */
export const dataPageAnchors = (): string[] => [
  ...dataCatalogue.map((group) => group.id),
  ...Object.values(dataPageSections),
];

/**
 * "What you may reuse" on /data, said plainly: the speakers' words are theirs, published in the
 * release, and the site cannot license them; the site's own words carry no licence it does not
 * state. The quotes' item names the release between `beforeRelease` and `afterRelease`. The page
 * and its Markdown both take the words from here.
 */
export function dataReuse(publisher?: string) {
  return {
    title: "What you may reuse",
    quotes: {
      beforeRelease:
        "The quotes are the words of the people quoted, as published in the news release",
      afterRelease:
        ". They are theirs, not this site’s: the site gives them word for word so that they can be quoted accurately, and it cannot grant a licence to reuse them. Quote them as the release gives them, with the speaker’s name and role and the release as the source.",
    },
    others: [
      "The wording of each key element is the news release’s, and elements.json labels it as the release’s words.",
      `The numbers, titles and summaries of the key elements and findings, and the notes of changes, are this site’s own words${publisher ? `, published by ${publisher}` : ""}. The site states no licence for them: when you draw on them, cite the page they come from.`,
      "The sources each record names are other organisations’ work, under their own terms.",
    ],
  };
}
