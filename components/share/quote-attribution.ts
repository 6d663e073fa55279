import { formatDate } from "@/lib/dates";
import type { QuoteView } from "@/lib/content/quote-view";

/**
 * A quote as a reader may paste it elsewhere: the speaker's exact words (only the spacing
 * between them evened out), who said them and in what role, the source, and the quote's address.
 */
export function quoteWithAttribution(quote: QuoteView, url: string): string {
  const { speaker, source } = quote;
  const words = quote.text.trim().replace(/\s+/g, " ");
  const published = [source.publisher, ...(source.date ? [formatDate(source.date)] : [])];
  return [
    `“${words}”`,
    `${speaker.name}, ${speaker.role}, ${speaker.organisation}. Source: ${source.title} (${published.join(", ")}).`,
    url,
  ].join("\n");
}
