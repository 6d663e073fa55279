// Types only: the schemas module brings zod, which must stay out of the browser's bundle.
import type { FindingKind } from "@/lib/content/schemas";
import { parseUrlFilter, serializeUrlFilter, validateUrlFilter } from "./url-filter";

/** What the findings list is showing, as read from (and written back to) the URL. */
export interface FindingFilter {
  kind?: string;
  element?: string;
}

/** The little a finding needs for filtering; plain data, so client components can take it. */
export interface FindingItem {
  slug: string;
  kind: FindingKind;
  elements: string[];
}

const KEYS = ["kind", "element"] as const;

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

export function matchesFindingFilter(finding: FindingItem, filter: FindingFilter): boolean {
  if (filter.kind && finding.kind !== filter.kind) return false;
  if (filter.element && !finding.elements.includes(filter.element)) return false;
  return true;
}

/** How many findings each choice would show, given the other filter. */
export function findingFacetCounts(
  findings: readonly FindingItem[],
  filter: FindingFilter,
): { kinds: Map<string, number>; elements: Map<string, number> } {
  const kinds = new Map<string, number>();
  const elements = new Map<string, number>();
  for (const f of findings) {
    if (matchesFindingFilter(f, { element: filter.element })) {
      kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    }
    if (matchesFindingFilter(f, { kind: filter.kind })) {
      for (const e of f.elements) elements.set(e, (elements.get(e) ?? 0) + 1);
    }
  }
  return { kinds, elements };
}
