import { sectionId } from "../content/routes";

/** The ids of the sections page templates render around content (the values of sectionId). */
export type SectionName = Exclude<
  (typeof sectionId)[keyof typeof sectionId],
  (speaker: string) => string
>;

/**
 * Which sections each template renders for an entry. Templates read them from the site model
 * before rendering an optional section, and the link checker accepts exactly these anchors, so
 * the two cannot drift.
 */
export const templateSections = {
  element: (element: { inShort?: string; related: readonly string[] }): SectionName[] => [
    sectionId.reportWording,
    ...(element.inShort ? [sectionId.inShort] : []),
    sectionId.quotes,
    sectionId.findings,
    ...(element.related.length > 0 ? [sectionId.related] : []),
    sectionId.sources,
    sectionId.cite,
  ],
  finding: (finding: { elements: readonly string[] }): SectionName[] => [
    ...(finding.elements.length > 0 ? [sectionId.elements] : []),
    sectionId.sources,
  ],
  speaker: (): SectionName[] => [sectionId.quotes, sectionId.sources],
};

/**
 * The pages in content/pages that have a route, with the sections their template adds. A page
 * file needs an entry here (and a route in app/) before the site can show it.
 */
export const pageTemplates: Record<string, () => SectionName[]> = {
  about: () => [sectionId.timeline, sectionId.sources, sectionId.cite],
  accessibility: () => [],
  "for-children-and-families": () => [sectionId.sources],
};
