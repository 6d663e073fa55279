/** Someone credited with a work: a person, or an organisation as corporate author. */
export type Contributor =
  { kind: "person"; family: string; given: string } | { kind: "organisation"; name: string };

/**
 * What a citation needs to know about a work, whatever the style: a report, a part of one, a
 * web page or news release, or words spoken by one person and published in another's work.
 */
export interface CitableWork {
  authors: readonly Contributor[];
  title: string;
  /**
   * yyyy-mm-dd, or only yyyy where the sources support no more (the news release is dated by the
   * year in its address). Without one, the citation says "n.d." rather than guessing.
   */
  date?: string;
  /** What sort of work, shown in square brackets: "Report", "News release". */
  medium?: string;
  /** A note after the title, e.g. who the report was for. */
  note?: string;
  /** The larger work this is part of (an element "in" the report). */
  container?: { title: string };
  /** For a quote: the work that published the words. */
  quotedIn?: CitableWork;
  /** Left out of the citation when it is the same as the author. */
  publisher?: string;
  url?: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function parseIsoDate(iso: string): { year: number; month: string; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`"${iso}" is not a date in the form yyyy-mm-dd`);
  return { year: Number(match[1]), month, day: Number(match[3]) };
}

/** A work's date as far as it is known: a whole date, a year alone, or nothing. */
export function parseWorkDate(
  date: string | undefined,
): { year: number; month?: string; day?: number } | undefined {
  if (date === undefined) return undefined;
  if (/^\d{4}$/.test(date)) return { year: Number(date) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return parseIsoDate(date);
  throw new Error(`"${date}" is not a date in the form yyyy-mm-dd or yyyy`);
}

/** The year for "(2023)", or "n.d." when the work has no date. */
export function yearOf(work: { date?: string }): string {
  const parsed = parseWorkDate(work.date);
  return parsed ? String(parsed.year) : "n.d.";
}

/** "H." or "H.-J." from given names: the initials both styles use. */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split("-")
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join("-"),
    )
    .join(" ");
}

/** Joins names as "A, B and C" (Harvard) or "A, B, & C" (APA). */
export function joinNames(names: readonly string[], and: "and" | "&"): string {
  if (names.length <= 1) return names[0] ?? "";
  const last = names[names.length - 1];
  const rest = names.slice(0, -1);
  return and === "and"
    ? `${rest.join(", ")} and ${last}`
    : `${rest.join(", ")}${names.length > 2 ? "," : ""} & ${last}`;
}

export function contributorName(contributor: Contributor): string {
  return contributor.kind === "person"
    ? `${contributor.family}, ${initials(contributor.given)}`
    : contributor.name;
}

/** True when the publisher would only repeat the (single, corporate) author. */
export function publisherRepeatsAuthor(work: CitableWork): boolean {
  const [only] = work.authors;
  return work.authors.length === 1 && only?.kind === "organisation" && only.name === work.publisher;
}

/** Ends a sentence with a full stop unless it already ends with one (or "?" or "!"). */
export function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
