import { getQuoteViews } from "@/lib/content/api";

// Every quote as the quote browser shows it, fetched only when a reader filters: the quotes pages
// themselves carry one page of quotes each, however many the content holds.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ quotes: getQuoteViews() });
}
