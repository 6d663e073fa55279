import type { CompiledBody } from "@/lib/content/compile";
import type { ContentApi } from "@/lib/content/content-api";
import type { GlossaryMarks } from "@/lib/content/glossary-terms";
import { glossaryMarks, toTermView } from "@/lib/content/glossary-terms";
import { routes } from "@/lib/content/routes";
import type { SiteModel } from "./model";

/**
 * Where each glossary term is first used on a page, and so marked and explained: the page's own
 * prose in reading order, its lead (the summary or description under its title), its "In
 * short", then its body. Lists, quotes, cards and sources further down are not the page's prose
 * and carry no marks. The lead and "In short" are plain text, so the terms first used in them are
 * known here; the body is marked as it renders (MdxContent), at the first use of each term the
 * parts before it did not use that is not in a link or heading, which its plain text cannot tell.
 */
export type ProsePart = "lead" | "inShort" | "body";

/** A body's text without its headings, which are never marked (links are still in it). */
const bodyProse = (body: CompiledBody) => body.sections.map((section) => section.text).join("\n");

/** The parts of a page's prose, in reading order, for the pages that have any. */
export function prosePartsOf(api: ContentApi, path: string): [ProsePart, string][] {
  for (const element of api.getElements()) {
    if (routes.element(element.slug) !== path) continue;
    const full = api.getElement(element.slug);
    return full
      ? [
          ["lead", full.summary],
          ["inShort", full.inShort ?? ""],
          ["body", bodyProse(full.body)],
        ]
      : [];
  }
  for (const finding of api.getFindings()) {
    if (routes.finding(finding.slug) !== path) continue;
    const full = api.getFinding(finding.slug);
    return full
      ? [
          ["lead", full.summary],
          ["body", bodyProse(full.body)],
        ]
      : [];
  }
  for (const page of api.getPages()) {
    if (routes.page(page.slug) !== path) continue;
    const full = api.getPage(page.slug);
    return full
      ? [
          ["lead", full.description],
          ["body", bodyProse(full.body)],
        ]
      : [];
  }
  return [];
}

const NONE: GlossaryMarks = { terms: [], mark: [] };

/** The marks for each part of the page at `path`: empty for a page with no prose of its own. */
export function pageGlossary(api: ContentApi, path: string): Record<ProsePart, GlossaryMarks> {
  const parts = prosePartsOf(api, path);
  if (parts.length === 0) return { lead: NONE, inShort: NONE, body: NONE };
  const terms = api.getGlossary().map(toTermView);
  const marks = glossaryMarks(
    terms,
    parts.filter(([part]) => part !== "body"),
  );
  const lead = marks.get("lead") ?? NONE;
  const inShort = marks.get("inShort") ?? NONE;
  const before = new Set([...lead.mark, ...inShort.mark]);
  const rest = terms.filter((term) => !before.has(term.slug)).map((term) => term.slug);
  return { lead, inShort, body: { terms, mark: rest } };
}

/** The pages of the model with prose of their own (lead, "In short", body), with their marks. */
export function glossaryPages(api: ContentApi, model: SiteModel) {
  return model.pages.flatMap((page) => {
    const parts = prosePartsOf(api, page.path);
    return parts.length > 0
      ? [{ path: page.path, parts: new Map(parts), marks: pageGlossary(api, page.path) }]
      : [];
  });
}

/** The glossary page: every term, with its other names, meaning and sources, in term order. */
export function glossaryPageProps(api: ContentApi, model: SiteModel) {
  return {
    page: model.require(routes.glossary()),
    entries: api.getGlossary().map((entry) => ({
      slug: entry.slug,
      term: entry.term,
      otherNames: entry.otherNames,
      definition: entry.definition,
      sources: api.getSources(entry.sources),
    })),
  };
}
export type GlossaryPageProps = ReturnType<typeof glossaryPageProps>;
