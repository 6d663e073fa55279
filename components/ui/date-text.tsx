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

export function formatDate(iso: string, precision: "day" | "month" = "day"): string {
  return (precision === "month" ? monthFormat : dayFormat).format(new Date(`${iso}T00:00:00Z`));
}

/** A date people can read, with the machine-readable form in a <time> element. */
export function DateText({ iso, precision = "day" }: { iso: string; precision?: "day" | "month" }) {
  return (
    <time dateTime={precision === "month" ? iso.slice(0, 7) : iso}>
      {formatDate(iso, precision)}
    </time>
  );
}
