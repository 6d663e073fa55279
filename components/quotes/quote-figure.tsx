import Link from "next/link";
import type { ElementSummary } from "@/lib/content/api";
import type { Quote, Source, Speaker } from "@/lib/content/schemas";
import { routes } from "@/lib/content/routes";
import { SourceCitation } from "@/components/sources/source-list";
import { speakerName } from "@/lib/content/quote-view";
import { ElementTag } from "@/components/ui/tag";

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
      className="relative border-l-4 border-quote-rule py-2 pl-5 target:ring-2 target:ring-focus sm:pl-7"
    >
      <blockquote className="text-xl leading-relaxed font-medium text-ink sm:text-[1.35rem]">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-4 space-y-2 text-sm text-ink-muted">
        <p>
          <Link href={routes.speaker(speaker.slug)} className="font-semibold">
            {name}
          </Link>
          , {speaker.role}, {speaker.organisation}. Source: <SourceCitation source={source} />.
        </p>
        {elements.length > 0 ? (
          <p className="flex flex-wrap items-center gap-2">
            <span>Speaks to:</span>
            {elements.map((element) => (
              <ElementTag key={element.slug} element={element} />
            ))}
          </p>
        ) : null}
        {showContextLink ? (
          <p>
            <Link
              href={routes.quoteInContext(speaker.slug, quote.id)}
              className="inline-block min-h-6"
            >
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
