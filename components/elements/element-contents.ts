import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";
import { sectionId } from "@/lib/content/routes";
import type { SectionName } from "@/lib/site-model/templates";

/** The title of each section an element page's template renders: its heading and its contents entry. */
export const elementSectionTitles = {
  [sectionId.reportWording]: RELEASE_WORDING_LABEL,
  [sectionId.inShort]: "In short",
  [sectionId.quotes]: "What was said",
  [sectionId.findings]: "Findings behind it",
  [sectionId.related]: "Related key elements",
  [sectionId.sources]: "Sources",
  [sectionId.cite]: "Cite this",
} satisfies Partial<Record<SectionName, string>>;

type Titled = keyof typeof elementSectionTitles;

/** Sections the template puts before the body, and after it, in the order the page shows them. */
const BEFORE_BODY: readonly Titled[] = [sectionId.reportWording, sectionId.inShort];
const AFTER_BODY: readonly Titled[] = [
  sectionId.quotes,
  sectionId.findings,
  sectionId.related,
  sectionId.sources,
  sectionId.cite,
];

/**
 * An element page's "On this page" entries, in page order: the template's sections around the
 * body's own second-level headings. Only anchors the site model gives the page are listed, so
 * every entry points at an id the link checker also knows.
 */
export function elementContents(
  anchors: ReadonlySet<string> | null,
  headings: readonly { depth: number; id: string; text: string }[],
): { id: string; label: string }[] {
  const section = (id: Titled) => ({ id, label: elementSectionTitles[id] });
  return [
    ...BEFORE_BODY.map(section),
    ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, label: h.text })),
    ...AFTER_BODY.map(section),
  ].filter((item) => anchors?.has(item.id) ?? false);
}
