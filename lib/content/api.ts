import "server-only";
import fs from "node:fs";
import { CONTENT_FILE, generatedPath } from "./generated";
import type { ContentBundle, WithBody } from "./load";
import type { Element, Finding, FindingKind, Quote, Source, Speaker } from "./schemas";

/**
 * The typed content API every page uses. It reads what scripts/build-content.ts validated and
 * compiled, once per process, so no page compiles MDX itself.
 */
let cached: { bundle: ContentBundle; file: string; modified: number } | undefined;

function content(): ContentBundle {
  const file = cached?.file ?? generatedPath(CONTENT_FILE);
  // In production the file never changes under a running build; in development
  // `npm run content` may rewrite it, and the next request should see the new content.
  if (cached && process.env.NODE_ENV === "production") return cached.bundle;
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: run "npm run content" (npm run build and npm run dev do it first).`,
    );
  }
  const modified = fs.statSync(file).mtimeMs;
  if (!cached || cached.modified !== modified) {
    // Written by build-content from a fully validated bundle, so the shape is known.
    const bundle = JSON.parse(fs.readFileSync(file, "utf8")) as ContentBundle;
    cached = { bundle, file, modified };
  }
  return cached.bundle;
}

/** List views carry no compiled body. */
export type ElementSummary = Omit<WithBody<Element>, "body">;
export type FindingSummary = Omit<WithBody<Finding>, "body">;

function withoutBody<T extends { body: unknown }>({ body: _body, ...rest }: T): Omit<T, "body"> {
  return rest;
}

export function getElements(): ElementSummary[] {
  return content().elements.map(withoutBody);
}

export function getElement(slug: string): WithBody<Element> | undefined {
  return content().elements.find((element) => element.slug === slug);
}

export function getAdjacentElements(slug: string): {
  previous?: ElementSummary;
  next?: ElementSummary;
} {
  const elements = getElements();
  const index = elements.findIndex((element) => element.slug === slug);
  if (index === -1) return {};
  return { previous: elements[index - 1], next: elements[index + 1] };
}

export function getElementsBySlugs(slugs: readonly string[]): ElementSummary[] {
  const elements = getElements();
  return slugs.flatMap((slug) => elements.filter((element) => element.slug === slug));
}

export function getFindings(
  filter: { element?: string; kind?: FindingKind } = {},
): FindingSummary[] {
  return content()
    .findings.filter((f) => !filter.element || f.elements.includes(filter.element))
    .filter((f) => !filter.kind || f.kind === filter.kind)
    .map(withoutBody);
}

export function getFinding(slug: string): WithBody<Finding> | undefined {
  return content().findings.find((finding) => finding.slug === slug);
}

/** Speakers in the order they first speak in the sources. */
export function getSpeakers(): Speaker[] {
  const { speakers, quotes } = content();
  const firstQuote = (slug: string) => {
    const index = quotes.findIndex((quote) => quote.speaker === slug);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  return [...speakers].sort((a, b) => firstQuote(a.slug) - firstQuote(b.slug));
}

export function getSpeaker(slug: string): Speaker | undefined {
  return content().speakers.find((speaker) => speaker.slug === slug);
}

/** Quotes in source order, optionally only one speaker's or those that speak to one element. */
export function getQuotes(filter: { speaker?: string; element?: string } = {}): Quote[] {
  return content()
    .quotes.filter((q) => !filter.speaker || q.speaker === filter.speaker)
    .filter((q) => !filter.element || q.elements.includes(filter.element));
}

export function getQuote(id: string): Quote | undefined {
  return content().quotes.find((quote) => quote.id === id);
}

export function getSources(slugs?: readonly string[]): Source[] {
  const all = content().sources;
  if (!slugs)
    return [...all].sort(
      (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
    );
  return slugs.flatMap((slug) => all.filter((source) => source.slug === slug));
}

export function getSource(slug: string): Source | undefined {
  return content().sources.find((source) => source.slug === slug);
}

export function getPage(slug: string) {
  return content().pages.find((page) => page.slug === slug);
}

export function getPages() {
  return content().pages.map(withoutBody);
}

export function getTimeline() {
  return content().timeline;
}
