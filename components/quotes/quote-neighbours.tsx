import Link from "next/link";
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

function PagerLink({ quote, rel }: { quote: QuoteView; rel: "prev" | "next" }) {
  return (
    <Link
      href={quote.permalink}
      rel={rel}
      className={`flex min-h-11 flex-col rounded-lg border border-line p-4 no-underline hover:border-accent ${rel === "next" ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="text-sm text-ink-muted">
        {rel === "prev" ? "← Previous quote" : "Next quote →"}
      </span>
      <span className="font-semibold underline underline-offset-4">
        {quote.speaker.shortName}, beginning {openingWords(quote.text, 8)}
      </span>
    </Link>
  );
}

/** Previous and next quote in the order of the source, whoever said them. */
export function QuotePager({ previous, next }: { previous?: QuoteView; next?: QuoteView }) {
  return (
    <nav aria-label="Quotes" className="mt-16 border-t border-line pt-8">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>{previous ? <PagerLink quote={previous} rel="prev" /> : null}</div>
        <div>{next ? <PagerLink quote={next} rel="next" /> : null}</div>
      </div>
      <p className="mt-6">
        <Link href={routes.quotes()} className="font-semibold">
          All quotes
        </Link>
      </p>
    </nav>
  );
}
