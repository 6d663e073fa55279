/**
 * The shape of validated content: what lib/content/load.ts returns and the build writes to
 * .generated/. Types only, in a module of their own, so every layer can name them without
 * importing the loader.
 */
import type { CompiledBody } from "./compile";
import type {
  EasyRead,
  Element,
  Finding,
  GlossaryEntry,
  Page,
  PageChanges,
  Quote,
  SiteConfig,
  Source,
  Speaker,
  TimelineEvent,
} from "./schemas";

export type WithBody<T> = T & { file: string; body: CompiledBody };
export type WithFile<T> = T & { file: string };

/** Everything in content/, validated, cross-checked and compiled: what the build writes out. */
export interface ContentBundle {
  elements: WithBody<Element>[];
  findings: WithBody<Finding>[];
  pages: WithBody<Page>[];
  speakers: WithFile<Speaker>[];
  quotes: WithFile<Quote>[];
  sources: WithFile<Source>[];
  timeline: WithFile<TimelineEvent>[];
  /** Change notes for pages whose words are in code, not in a content file. */
  changes: WithFile<PageChanges>[];
  /** Terms, their other names and acronyms, and what they mean (content/glossary/). */
  glossary: WithFile<GlossaryEntry>[];
  /** Easy Read pages: the headline finding and each key element, in everyday words. */
  easyRead: WithFile<EasyRead>[];
  /** content/site.yaml: which entries play which part, and how many key elements there are. */
  site: WithFile<SiteConfig>;
}
