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
const isYear = (iso: string) => /^\d{4}$/.test(iso);

export function formatDate(iso: string, precision: "day" | "month" = "day"): string {
  if (isYear(iso)) return iso;
  return (precision === "month" ? monthFormat : dayFormat).format(new Date(`${iso}T00:00:00Z`));
}

/** A date people can read, with the machine-readable form in a <time> element. */
export function DateText({ iso, precision = "day" }: { iso: string; precision?: "day" | "month" }) {
  return (
    <time dateTime={isYear(iso) ? iso : precision === "month" ? iso.slice(0, 7) : iso}>
      {formatDate(iso, precision)}
    </time>
  );
}
