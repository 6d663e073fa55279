/*
 * The kinds of search result and their names: apart from the index definition (definition.ts),
 * so that the search form and the filters, which every search page loads first, take only these.
 */

export const searchTypes = [
  "element",
  "section",
  "quote",
  "finding",
  "speaker",
  "page",
  "term",
  "source",
] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<SearchType, string> = {
  element: "Key element",
  section: "Section",
  quote: "Quote",
  finding: "Finding",
  speaker: "Speaker",
  page: "Page",
  term: "Term",
  source: "Source",
};

/**
 * The line above a result's title: its type, then where it belongs, unless that only repeats
 * the type ("Finding", not "Finding · Finding"; "Key element 7", not "Key element · Key element 7").
 */
export function resultKicker(type: SearchType, context: string): string {
  const label = searchTypeLabels[type];
  if (!context || context.toLowerCase() === label.toLowerCase()) return label;
  if (context.toLowerCase().startsWith(`${label.toLowerCase()} `)) return context;
  return `${label} · ${context}`;
}

export function isSearchType(value: string): value is SearchType {
  return (searchTypes as readonly string[]).includes(value);
}
