import { Link } from "@/components/ui/link.client";
import { AddToBrief } from "@/components/brief/add-to-brief.client";
import { ElementTags } from "@/components/elements/element-tag";
import { SourceCitation } from "@/components/sources/source-list";
import { CopyButton } from "@/components/ui/copy-button.client";
import type { QuoteStatement, QuoteView } from "@/lib/content/quote-view";

/** The opening words of a quote, for a line that points at it. */
export function openingWords(text: string, count = 10): string {
  const words = text.split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(" ")}…` : text;
}

/**
 * A quote, word for word, with its speaker, elements and links. It takes a resolved QuoteView
 * and looks nothing up, so server pages and the client-side browser render it alike (no hooks).
 */
export function QuoteFigure({
  quote,
  anchor = false,
  linkSpeaker = true,
  showSource = true,
  showContextLink = true,
  place,
}: {
  quote: QuoteView;
  /** Carry the quote's id so that `#<id>` links land on it. */
  anchor?: boolean;
  /** Off on the speaker's own page, where the link would point at the page itself. */
  linkSpeaker?: boolean;
  /** Off where the source is named once above a group of quotes. */
  showSource?: boolean;
  showContextLink?: boolean;
  /** Its place in the speaker's statement; `previous` is shown when the list leaves it out. */
  place?: QuoteStatement;
}) {
  const { speaker } = quote;
  return (
    <figure
      id={anchor ? quote.id : undefined}
      className="relative border-l-4 border-quote-rule py-2 pl-5 target:ring-2 target:ring-focus sm:pl-7"
    >
      {place?.previous ? (
        <p className="mb-2 text-sm text-ink-muted">
          Follows the sentence beginning{" "}
          <Link href={place.previous.permalink}>{openingWords(place.previous.text)}</Link>
        </p>
      ) : null}
      <blockquote className="text-xl leading-relaxed font-medium text-ink sm:text-[1.35rem]">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-4 space-y-2 text-sm text-ink-muted">
        <p>
          {linkSpeaker ? (
            <Link href={quote.inContext} className="font-semibold">
              {speaker.name}
            </Link>
          ) : (
            <span className="font-semibold text-ink">{speaker.name}</span>
          )}
          , {speaker.role}, {speaker.organisation}.
          {place ? ` Sentence ${place.index} of ${place.count} in their statement.` : null}
          {showSource ? (
            <>
              {" "}
              Source: <SourceCitation source={quote.source} />.
            </>
          ) : null}
        </p>
        <ElementTags elements={quote.elements} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link
            href={quote.permalink}

            className="inline-flex min-h-11 items-center font-semibold"
          >
            This quote’s page<span className="sr-only">: {openingWords(quote.text, 6)}</span>
          </Link>
          {showContextLink ? (
            <Link
              href={quote.inContext}

              className="inline-flex min-h-11 items-center"
            >
              In context
              <span className="sr-only">
                : quote {quote.position} in the source, by {speaker.name}
              </span>
            </Link>
          ) : null}
          <CopyButton
            value={quote.permalink}
            label="Copy link"
            name={`Copy link to quote ${quote.position}, by ${quote.speaker.name}`}
            copiedMessage="Link to this quote copied"
          />
          <AddToBrief
            kind="quote"
            id={quote.id}
            name={`quote ${quote.position}, by ${speaker.name}`}
          />
        </div>
      </figcaption>
    </figure>
  );
}
