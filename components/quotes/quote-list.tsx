import { getElementsBySlugs, getSource, getSpeaker } from "@/lib/content/api";
import type { Quote } from "@/lib/content/schemas";
import { QuoteFigure } from "./quote-figure";

/** Quotes with their speakers, sources and elements looked up; anchors make each one linkable. */
export function QuoteList({
  quotes,
  anchors = false,
  showContextLink = true,
  showElements = false,
}: {
  quotes: Quote[];
  anchors?: boolean;
  showContextLink?: boolean;
  showElements?: boolean;
}) {
  return (
    <ol className="list-none space-y-6 p-0">
      {quotes.map((quote) => {
        const speaker = getSpeaker(quote.speaker);
        const source = getSource(quote.source);
        // The build has checked both references; this only satisfies the type checker.
        if (!speaker || !source) return null;
        return (
          <li key={quote.id}>
            <QuoteFigure
              quote={quote}
              speaker={speaker}
              source={source}
              elements={showElements ? getElementsBySlugs(quote.elements) : []}
              anchor={anchors}
              showContextLink={showContextLink}
            />
          </li>
        );
      })}
    </ol>
  );
}
