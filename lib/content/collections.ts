import type { z } from "zod";
import {
  easyReadSchema,
  elementSchema,
  findingSchema,
  glossaryEntrySchema,
  pageChangesSchema,
  pageSchema,
  quoteSchema,
  siteSchema,
  sourceSchema,
  speakerSchema,
  timelineEventSchema,
} from "./schemas";

/**
 * Where each collection lives and how it is written. MDX collections have a compiled body;
 * YAML collections are data only. `key` is the field that must be unique within the collection.
 */
export const collections = {
  elements: { dir: "elements", format: "mdx", key: "slug", schema: elementSchema },
  findings: { dir: "findings", format: "mdx", key: "slug", schema: findingSchema },
  pages: { dir: "pages", format: "mdx", key: "slug", schema: pageSchema },
  speakers: { dir: "speakers", format: "yaml", key: "slug", schema: speakerSchema },
  quotes: { dir: "quotes", format: "yaml", key: "id", schema: quoteSchema },
  sources: { dir: "sources", format: "yaml", key: "slug", schema: sourceSchema },
  timeline: { dir: "timeline", format: "yaml", key: "slug", schema: timelineEventSchema },
  changes: { dir: "changes", format: "yaml", key: "path", schema: pageChangesSchema },
  glossary: { dir: "glossary", format: "yaml", key: "slug", schema: glossaryEntrySchema },
  easyRead: { dir: "easy-read", format: "yaml", key: "slug", schema: easyReadSchema },
} as const satisfies Record<
  string,
  { dir: string; format: "mdx" | "yaml"; key: string; schema: z.ZodType }
>;

export type CollectionName = keyof typeof collections;
export type EntryOf<C extends CollectionName> = z.infer<(typeof collections)[C]["schema"]>;

/** Content that is one file rather than a folder of them: read and validated like a collection. */
export const contentFiles = {
  site: { file: "site.yaml", schema: siteSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

export type ContentFileName = keyof typeof contentFiles;
export type ContentFileOf<F extends ContentFileName> = z.infer<(typeof contentFiles)[F]["schema"]>;
