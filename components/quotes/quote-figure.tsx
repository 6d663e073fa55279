import Link from "next/link";
import type { ElementSummary } from "@/lib/content/api";
import type { Quote, Source, Speaker } from "@/lib/content/schemas";
import { routes } from "@/lib/content/routes";
import { SourceCitation } from "@/components/sources/source-list";
import { speakerName } from "@/lib/content/quote-view";

/**
 * A quote, word for word, with its speaker and source. With `anchor` the figure carries the
 * quote's id so that links can land on it; the context link goes to the quote on its speaker's page.
 */
export function QuoteFigure({
  quote,
  speaker,
  source,
  elements = [],
  anchor = false,
  showContextLink = true,
}: {
  quote: Quote;
  speaker: Speaker;
  source: Source;
  elements?: ElementSummary[];
  anchor?: boolean;
  showContextLink?: boolean;
}) {
  const name = speakerName(speaker);
  return (
    <figure
      id={anchor ? quote.id : undefined}
      className="rounded-lg border-l-4 border-quote-rule bg-surface p-5 target:ring-2 target:ring-focus"
    >
      <blockquote className="text-lg leading-relaxed">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-3 space-y-1 text-sm text-ink-muted">
        <p>
          <Link href={routes.speaker(speaker.slug)} className="font-semibold">
            {name}
          </Link>
          , {speaker.role}, {speaker.organisation}. Source: <SourceCitation source={source} />.
        </p>
        {elements.length > 0 ? (
          <p>
            Speaks to:{" "}
            {elements.map((element, index) => (
              <span key={element.slug}>
                {index > 0 ? ", " : ""}
                <Link href={routes.element(element.slug)}>{element.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
        {showContextLink ? (
          <p>
            <Link href={routes.quoteInContext(speaker.slug, quote.id)}>
              In context
              <span className="sr-only">
                : quote {quote.position} in the source, by {name}
              </span>
            </Link>
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
