import { formatDate, isYear } from "@/lib/dates";

/** A date people can read, with the machine-readable form in a <time> element. */
export function DateText({ iso, precision = "day" }: { iso: string; precision?: "day" | "month" }) {
  return (
    <time dateTime={isYear(iso) ? iso : precision === "month" ? iso.slice(0, 7) : iso}>
      {formatDate(iso, precision)}
    </time>
  );
}
