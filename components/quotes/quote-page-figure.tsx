import { LastUpdated } from "@/components/changes/last-updated";
import { ElementTags } from "@/components/elements/element-tag";
import { QuoteShare } from "@/components/share/quote-share";
import { SourceCitation } from "@/components/sources/source-list";
import { DateText } from "@/components/ui/date-text";
import { Link } from "@/components/ui/link.client";
import type { QuoteView } from "@/lib/content/quote-view";
import type { ChangeNote } from "@/lib/content/schemas";
import { quoteOpening } from "@/lib/site-model/model";
import { site } from "@/lib/site";

/**
 * A quote up to this long is the page's heading whole: at the site's one heading size, it still
 * leaves room on a phone's first screen for who said it. A longer quote's heading is its opening
 * words, kept short (the second length), since the whole quote follows straight after.
 */
const HEADING_QUOTE_LENGTH = 160;
const HEADING_OPENING_LENGTH = 70;

/**
 * A quote on its own page, leading with the words: the page's heading is the quote itself or,
 * for a long quote, its opening words, ended with "…" and labelled "(opening words)", with the
 * whole quote directly below, so no reader takes a shortened quotation for the whole. Then who
 * said it, the source, and the date of the report the release is about.
 */
export function QuotePageFigure({
  quote,
  page,
  changes,
}: {
  quote: QuoteView;
  /** The quote's page, for sharing it. */
  page: { path: string; title: string };
  changes: readonly ChangeNote[];
}) {
  const { speaker, source } = quote;
  const whole = quoteOpening(quote.text, HEADING_QUOTE_LENGTH).whole;
  // break-words: at 320 px a long last word and its "…”" may not fit a line of their own.
  const heading = "font-semibold text-balance break-words";
  return (
    <div className="mb-10 max-w-3xl">
      <p className="mb-2 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Quote {quote.position} in the news release
      </p>
      <figure className="rounded-lg border-l-4 border-quote-rule bg-surface p-5 sm:p-6">
        {whole ? (
          <blockquote>
            <h1 className={heading}>“{quote.text.trim()}”</h1>
          </blockquote>
        ) : (
          <>
            <h1 className={heading}>
              “{quoteOpening(quote.text, HEADING_OPENING_LENGTH).words}”{" "}
              <span className="text-base font-normal whitespace-nowrap text-ink-muted">
                (opening words)
              </span>
            </h1>
            <blockquote className="mt-4 text-lg leading-relaxed sm:text-xl">
              <p>“{quote.text}”</p>
            </blockquote>
          </>
        )}
        <figcaption className="mt-4 space-y-3 text-ink-muted">
          <p>
            <Link href={quote.inContext} className="font-semibold">
              {speaker.name}
            </Link>
            , {speaker.role}, {speaker.organisation}. Source: <SourceCitation source={source} />.
          </p>
          <p className="text-sm">
            The release is about {site.publisher}&rsquo;s concluding report, published on{" "}
            <DateText iso={site.published} />.
          </p>
          <ElementTags elements={quote.elements} />
          <QuoteShare quote={quote} page={page} />
        </figcaption>
      </figure>
      <LastUpdated changes={changes} className="mt-4" />
    </div>
  );
}
