import type { QuoteView } from "@/lib/content/quote-view";
import { QuoteFigure } from "./quote-figure";

/** Quotes in the order given; each takes its resolved view, nothing is looked up here. */
export function QuoteList({
  quotes,
  anchors = false,
  linkSpeaker = true,
  showSource = true,
  showContextLink = true,
}: {
  quotes: QuoteView[];
  anchors?: boolean;
  linkSpeaker?: boolean;
  showSource?: boolean;
  showContextLink?: boolean;
}) {
  return (
    <ol className="list-none space-y-6 p-0">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteFigure
            quote={quote}
            anchor={anchors}
            linkSpeaker={linkSpeaker}
            showSource={showSource}
            showContextLink={showContextLink}
          />
        </li>
      ))}
    </ol>
  );
}
