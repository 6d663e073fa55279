/** Harvard (Cite Them Right style) references, built at build time from content. */

const months = [
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
];

/** "Claire Burns" → "Burns, C."; a single name stays as it is. */
export function harvardAuthor(name: string): string {
  const parts = name.trim().split(/\s+/);
  const surname = parts.pop() ?? "";
  if (parts.length === 0) return surname;
  const initials = parts.map((part) => `${part.charAt(0).toUpperCase()}.`).join("");
  return `${surname}, ${initials}`;
}

/** "2023-12-13" → "13 December 2023" (day and month as Harvard writes them). */
export function harvardDate(iso: string): { year: string; dayMonth: string; full: string } {
  const [year = "", month = "", day = ""] = iso.split("-");
  const dayMonth = `${Number(day)} ${months[Number(month) - 1] ?? ""}`;
  return { year, dayMonth, full: `${dayMonth} ${year}` };
}

export interface QuoteCitationInput {
  /** The speaker's plain name, without honorific or post-nominals. */
  speaker: string;
  source: { title: string; publisher: string; date?: string };
  /** Absolute URL of the quote's page. */
  url: string;
  /** The day the reader looked at it; left out when unknown (at build time). */
  accessed?: Date;
}

/**
 * A reference for a quote as Harvard writes secondary quotation: the speaker, quoted in the
 * publisher's dated source, with the URL where the reader found it, e.g.
 * `Burns, C. (2023) quoted in CELCIS (2023) Title. 13 December. Available at: URL (Accessed: 1 May 2025).`
 */
export function harvardQuoteCitation({
  speaker,
  source,
  url,
  accessed,
}: QuoteCitationInput): string {
  const date = source.date ? harvardDate(source.date) : undefined;
  const year = date?.year ?? "no date";
  const title = source.title.trim().replace(/[.]$/, "");
  const parts = [
    `${harvardAuthor(speaker)} (${year}) quoted in ${source.publisher} (${year}) ${title}.`,
    date ? `${date.dayMonth}.` : "",
    `Available at: ${url}`,
  ].filter(Boolean);
  const accessedText = accessed
    ? ` (Accessed: ${harvardDate(accessed.toISOString().slice(0, 10)).full})`
    : "";
  return `${parts.join(" ")}${accessedText}.`;
}
