import Link from "next/link";
import type { Quote, Source, Speaker } from "@/lib/content/schemas";
import { routes } from "@/lib/content/routes";
import { speakerName } from "./speaker-name";

/**
 * A quote, word for word, with its speaker and source. `id` makes it an anchor; the permalink
 * goes to the quote in context on its speaker's page.
 */
export function QuoteFigure({
  quote,
  speaker,
  source,
  anchor = false,
  showContextLink = true,
}: {
  quote: Quote;
  speaker: Speaker;
  source: Source;
  anchor?: boolean;
  showContextLink?: boolean;
}) {
  return (
    <figure
      id={anchor ? quote.id : undefined}
      className="rounded-lg border-l-4 border-quote-rule bg-surface p-5"
    >
      <blockquote className="text-lg leading-relaxed">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-3 text-sm text-ink-muted">
        <span className="font-semibold text-ink">{speakerName(speaker)}</span>, {speaker.role},{" "}
        {speaker.organisation}. Source: <cite>{source.title}</cite> ({source.publisher}
        {source.date ? `, ${source.date.split("-").reverse().join("/")}` : ""}).
        {showContextLink ? (
          <>
            {" "}
            <Link href={routes.quoteInContext(speaker.slug, quote.id)}>
              In context
              <span className="sr-only">
                : quote {quote.position} by {speakerName(speaker)}
              </span>
            </Link>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
