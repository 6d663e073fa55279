const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** A year alone ("2023", where that is all a source supports) is shown as the year. */
export const isYear = (iso: string) => /^\d{4}$/.test(iso);

/**
 * A content date as the site writes it, whatever the reader's locale: "13 December 2023", or
 * "June 2022" at month precision or for a year and month ("2022-06"); a year alone as itself.
 * The one formatter pages, their Markdown, search records and embed cards share.
 */
export function formatDate(iso: string, precision: "day" | "month" = "day"): string {
  if (isYear(iso)) return iso;
  const monthOnly = /^\d{4}-\d{2}$/.test(iso);
  const date = new Date(`${monthOnly ? `${iso}-01` : iso}T00:00:00Z`);
  return (precision === "month" || monthOnly ? monthFormat : dayFormat).format(date);
}
