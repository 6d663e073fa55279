import { z } from "zod";

/**
 * One zod schema per collection in content/. Types come from these (z.infer), never from casts.
 * Defaults live here, not in scattered `??` elsewhere.
 */

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lowercase slug such as `tackling-poverty`");

const slugList = z.array(slugSchema).default([]);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(value)), "a real calendar date");

const nonEmpty = z.string().trim().min(1, "some text");

/**
 * A dated note of a change to a page's words, in plain language ("We corrected who said…").
 * Shown on the page as "Last updated" and listed, newest first, on /changes and in its feed.
 */
export const changeNoteSchema = z.strictObject({
  date: isoDate,
  note: nonEmpty,
});

const changeNotes = z.array(changeNoteSchema).default([]);

/**
 * The icons a key element may carry, by their lucide names (lucide.dev/icons): the ones the site
 * draws. components/elements/element-theme.ts maps each to its component; a new icon is added
 * in both places.
 */
export const elementIcons = [
  "blocks",
  "hand-coins",
  "heart-handshake",
  "landmark",
  "map-pin",
  "megaphone",
  "scale",
  "users",
] as const;

const hexColour = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, "a colour written #rrggbb, such as `#1d4ed8`");

/**
 * A key element's colour in each theme. `light` must be dark enough for text on a light page and
 * as a fill under white text; `dark` light enough for text on a dark page and as a fill under
 * dark text (tests/unit/element-theme.test.ts checks both against WCAG AA).
 */
export const elementColourSchema = z.strictObject({ light: hexColour, dark: hexColour });

export const elementSchema = z.strictObject({
  slug: slugSchema,
  /** From 1 to the count in content/site.yaml, each used once (checked across the elements). */
  number: z.number().int().positive(),
  title: nonEmpty,
  icon: z.enum(elementIcons),
  colour: elementColourSchema,
  /** The report's own wording of the element, word for word. */
  reportWording: nonEmpty,
  /** One or two sentences in our own words. */
  summary: nonEmpty,
  /** A plain-language version a 12-year-old can follow. */
  inShort: nonEmpty.optional(),
  related: slugList,
  sources: z.array(slugSchema).min(1, "at least one source slug"),
  changes: changeNotes,
});

export const speakerSchema = z.strictObject({
  slug: slugSchema,
  name: nonEmpty,
  honorific: z.string().trim().default(""),
  postNominals: z.string().trim().default(""),
  role: nonEmpty,
  organisation: nonEmpty,
  bio: nonEmpty,
  sources: z.array(slugSchema).min(1, "at least one source slug"),
  changes: changeNotes,
});

export const quoteSchema = z.strictObject({
  id: slugSchema,
  speaker: slugSchema,
  /** Word for word as in the source; only whitespace and quotation-mark style may differ. */
  text: nonEmpty,
  /** 1-based order of this quote within its source. */
  position: z.number().int().positive(),
  source: slugSchema,
  elements: slugList,
  tags: slugList,
});

export const findingKinds = [
  "headline",
  "condition",
  "approach",
  "barrier",
  "priority",
  "strand",
  "context",
] as const;

export const findingSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmpty,
  kind: z.enum(findingKinds),
  /** Order within the findings list; lower first. */
  order: z.number().int().nonnegative(),
  /** In our own words. */
  summary: nonEmpty,
  elements: slugList,
  sources: z.array(slugSchema).min(1, "at least one source slug"),
  changes: changeNotes,
});

export const sourceKinds = ["news-release", "web-page", "report", "legislation"] as const;

/** A whole date, or only a year where that is all the sources support. */
const dateOrYear = z.union([z.string().regex(/^\d{4}$/, "a year written YYYY"), isoDate], {
  error: "a date written YYYY-MM-DD, or a year written YYYY",
});

export const sourceSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmpty,
  publisher: nonEmpty,
  /** Publication date as far as the sources support it: a day, or only a year. */
  date: dateOrYear.optional(),
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(sourceKinds).default("web-page"),
  /** Why the site relies on it, in a few words. */
  note: z.string().trim().optional(),
});

export const timelineEventSchema = z.strictObject({
  slug: slugSchema,
  date: isoDate,
  /** How precisely the date is known: a day, or only a month. */
  precision: z.enum(["day", "month"]).default("day"),
  title: nonEmpty,
  description: nonEmpty,
  track: z.enum(["study", "policy"]),
  sources: z.array(slugSchema).min(1, "at least one source slug"),
});

/**
 * One entry of the glossary (content/glossary/): a term, the other names and acronyms it goes by,
 * and what it means in plain words, from the sources named. Search treats every name of an entry
 * as the same thing ("UNCRC" finds "UN Convention on the Rights of the Child"); a glossary page
 * can show the definitions to readers.
 */
export const glossaryEntrySchema = z.strictObject({
  slug: slugSchema,
  /** The name the glossary lists it under. */
  term: nonEmpty,
  /** Acronyms and alternative names the sources give it; a glossary page shows them. */
  otherNames: z.array(nonEmpty).default([]),
  /**
   * Words people may search with for it that the sources do not give as its name ("voluntary
   * sector" for the third sector). Search matches them; no page shows them as a fact.
   */
  searchAlso: z.array(nonEmpty).default([]),
  /** What it means, in plain words, written from the sources only. */
  definition: nonEmpty,
  sources: z.array(slugSchema).min(1, "at least one source slug"),
});

export const pageSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmpty,
  description: nonEmpty,
  /** The page's label in the main navigation, if it is listed there. */
  nav: z.string().trim().min(1).optional(),
  sources: slugList,
  changes: changeNotes,
});

/**
 * content/site.yaml: the facts about the site as a whole that the content decides, each named
 * once. Every slug is checked against its collection when the content is built.
 */
export const siteSchema = z.strictObject({
  /** How many key elements the news release lists: element numbers run from 1 to this. */
  elementCount: z.number().int().positive(),
  /** The finding the home page leads with (a slug in content/findings/). */
  headlineFinding: slugSchema,
  /** The news release on the report (a source of kind news-release). */
  newsRelease: slugSchema,
  /** The source that holds the report's file, the address the report's citation gives. */
  reportFile: slugSchema,
  /** The study's own page, which describes it and lists its publications. */
  studyPage: slugSchema,
});

/**
 * Change notes for a page whose words live in code rather than in a content file (the home page,
 * the list of key elements): `path` is the page's address, checked against the site's pages.
 */
export const pageChangesSchema = z.strictObject({
  path: z.string().regex(/^\/[a-z0-9/-]*$/, "a site path such as `/` or `/elements`"),
  changes: z.array(changeNoteSchema).min(1, "at least one change note"),
});

export type PageChanges = z.infer<typeof pageChangesSchema>;
export type ChangeNote = z.infer<typeof changeNoteSchema>;
export type Element = z.infer<typeof elementSchema>;
export type ElementIcon = Element["icon"];
export type ElementColour = Element["colour"];
export type SiteConfig = z.infer<typeof siteSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type FindingKind = Finding["kind"];
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Page = z.infer<typeof pageSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * The pictures an Easy Read point may carry, by their lucide names: every key element's icon, and
 * a few plain ones for ideas that recur (the report, a look at something, yes and no, time, a
 * list). components/easy-read/easy-read-icon.tsx draws each; a new one is added in both places.
 */
export const easyReadIcons = [
  ...elementIcons,
  "file-text",
  "search",
  "calendar",
  "circle-check",
  "circle-x",
  "list-checks",
  "globe",
  "house",
] as const;

/** One point of an Easy Read page: one short sentence or two, one idea, and its picture. */
export const easyReadPointSchema = z.strictObject({
  text: nonEmpty,
  /** Its picture; without one, the key element's own icon (the headline's points name one). */
  icon: z.enum(easyReadIcons).optional(),
});

/**
 * An Easy Read page (content/easy-read/): the headline finding's, at /easy-read, or one key
 * element's, at /easy-read/<element slug>. `slug` names what it retells: the headline finding
 * (content/site.yaml) or a key element; every element has exactly one.
 */
export const easyReadSchema = z.strictObject({
  slug: slugSchema,
  /** The page's heading, in the same everyday words as its points. */
  title: nonEmpty,
  points: z.array(easyReadPointSchema).min(1, "at least one point"),
  changes: changeNotes,
});

export type EasyRead = z.infer<typeof easyReadSchema>;
export type EasyReadPoint = z.infer<typeof easyReadPointSchema>;
export type EasyReadIcon = (typeof easyReadIcons)[number];
