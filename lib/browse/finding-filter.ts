// Types only: the schemas module brings zod, which must stay out of the browser's bundle.
import type { FindingKind } from "@/lib/content/schemas";
import { formsCache, hasEveryWord, queryWords } from "@/lib/text/match";
import { parseUrlFilter, serializeUrlFilter, validateUrlFilter } from "./url-filter";

/** What the findings list is showing, as read from (and written back to) the URL. */
export interface FindingFilter {
  kind?: string;
  element?: string;
  q?: string;
}

/** The little a finding needs for filtering; plain data, so client components can take it. */
export interface FindingItem {
  slug: string;
  kind: FindingKind;
  elements: string[];
  title: string;
  summary: string;
}

const KEYS = ["kind", "element", "q"] as const;

export function parseFindingFilter(params: URLSearchParams): FindingFilter {
  return parseUrlFilter(params, KEYS);
}

export function serializeFindingFilter(filter: FindingFilter): string {
  return serializeUrlFilter(filter, KEYS);
}

export function validateFindingFilter(
  filter: FindingFilter,
  known: { kinds: readonly string[]; elements: readonly string[] },
): { filter: FindingFilter; unknown: { key: "kind" | "element"; value: string }[] } {
  return validateUrlFilter(filter, { kind: known.kinds, element: known.elements });
}

/** A finding's words are those the list shows of it: its title and summary. */
const findingForms = formsCache((finding: FindingItem) => `${finding.title} ${finding.summary}`);

function matchesFacets(finding: FindingItem, filter: FindingFilter): boolean {
  if (filter.kind && finding.kind !== filter.kind) return false;
  if (filter.element && !finding.elements.includes(filter.element)) return false;
  return true;
}

/** The findings a filter shows; the text filter keeps those holding every word typed. */
export function filterFindings<T extends FindingItem>(
  findings: readonly T[],
  filter: FindingFilter,
): T[] {
  const words = queryWords(filter.q ?? "");
  return findings.filter(
    (finding) => matchesFacets(finding, filter) && hasEveryWord(findingForms(finding), words),
  );
}

/** How many findings each choice would show, given the other filters. */
export function findingFacetCounts(
  findings: readonly FindingItem[],
  filter: FindingFilter,
): { kinds: Map<string, number>; elements: Map<string, number> } {
  const kinds = new Map<string, number>();
  const elements = new Map<string, number>();
  for (const f of filterFindings(findings, { ...filter, kind: undefined })) {
    kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  }
  for (const f of filterFindings(findings, { ...filter, element: undefined })) {
    for (const e of f.elements) elements.set(e, (elements.get(e) ?? 0) + 1);
  }
  return { kinds, elements };
}
