import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import type { QuoteView } from "@/lib/content/quote-view";
import { routes } from "@/lib/content/routes";
import { openingWords } from "./quote-figure";

/** The sentences just before and after a quote in its speaker's statement, for context. */
export function QuoteNeighbours({
  quote,
  speakerPrevious,
  speakerNext,
}: {
  quote: QuoteView;
  speakerPrevious?: QuoteView;
  speakerNext?: QuoteView;
}) {
  return (
    <Section id="context" title="In context" className="max-w-3xl">
      <p className="mb-4 text-ink-muted">
        What {quote.speaker.shortName} said just before and after, in the same statement.{" "}
        <Link href={quote.inContext}>The whole statement</Link>
      </p>
      <ol className="list-none space-y-3 border-l-2 border-line p-0 pl-4">
        {speakerPrevious ? (
          <li>
            <Link href={speakerPrevious.permalink} className="text-ink-muted">
              <span className="sr-only">The sentence before: </span>“{speakerPrevious.text}”
            </Link>
          </li>
        ) : (
          <li className="text-ink-muted">This is the first sentence of the statement.</li>
        )}
        <li aria-current="true" className="font-semibold">
          <span className="sr-only">This quote: </span>“{quote.text}”
        </li>
        {speakerNext ? (
          <li>
            <Link href={speakerNext.permalink} className="text-ink-muted">
              <span className="sr-only">The sentence after: </span>“{speakerNext.text}”
            </Link>
          </li>
        ) : (
          <li className="text-ink-muted">This is the last sentence of the statement.</li>
        )}
      </ol>
    </Section>
  );
}

/** Previous and next quote in the order of the source, whoever said them. */
export function QuotePager({ previous, next }: { previous?: QuoteView; next?: QuoteView }) {
  const step = (quote?: QuoteView) =>
    quote
      ? {
          href: quote.permalink,
          title: `${quote.speaker.shortName}, beginning ${openingWords(quote.text, 8)}`,
        }
      : undefined;
  return (
    <Pager
      label="Quotes"
      previous={step(previous)}
      next={step(next)}
      previousLabel="Previous quote"
      nextLabel="Next quote"
      all={{ href: routes.quotes(), label: "All quotes" }}
    />
  );
}
