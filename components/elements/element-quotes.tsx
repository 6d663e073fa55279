import { Fragment } from "react";
import { openingWords } from "@/components/quotes/quote-figure";
import { CopyButton } from "@/components/ui/copy-button.client";
import { SourceCitation } from "@/components/sources/source-list";
import { Link } from "@/components/ui/link.client";
import type { QuoteView } from "@/lib/content/quote-view";
import { routes } from "@/lib/content/routes";
import { site } from "@/lib/site";

/**
 * How many quotes an element page shows whole before linking to the rest in the quote browser:
 * two, so the page stays short on a phone (one quote alone runs to 80 words).
 */
export const QUOTES_ON_ELEMENT_PAGE = 2;

/**
 * One quote on an element's page, compact: the words in full, who said them, the other key
 * elements it speaks to (never the page's own), and its links in one quiet row.
 */
function CompactQuote({
  quote,
  element,
  showSource,
}: {
  quote: QuoteView;
  /** The page's own element, left out of the quote's list of elements. */
  element: string;
  showSource: boolean;
}) {
  const { speaker } = quote;
  const others = quote.elements.filter((e) => e.slug !== element);
  const action = "inline-flex min-h-8 items-center";
  return (
    <figure className="border-l-4 border-quote-rule pl-4 sm:pl-5">
      <blockquote className="leading-normal font-medium text-ink">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-2 text-sm text-ink-muted">
        <p>
          <Link href={quote.inContext} className="font-semibold">
            {speaker.name}
          </Link>
          , {speaker.role}, {speaker.organisation}.
          {showSource ? (
            <>
              {" "}
              Source: <SourceCitation source={quote.source} />.
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              {" "}
              Also on{" "}
              {others.map((other, index) => (
                <Fragment key={other.slug}>
                  {index > 0 ? (index === others.length - 1 ? " and " : ", ") : null}
                  <Link href={routes.element(other.slug)}>{other.title}</Link>
                </Fragment>
              ))}
              .
            </>
          ) : null}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-x-5">
          <Link href={quote.permalink} className={action}>
            Quote page<span className="sr-only">: {openingWords(quote.text, 6)}</span>
          </Link>
          <Link href={quote.inContext} className={action}>
            In context
            <span className="sr-only">
              : quote {quote.position} in the source, by {speaker.name}
            </span>
          </Link>
          <CopyButton
            value={`${site.url}${quote.permalink}`}
            label="Copy link"
            name={`Copy link to quote ${quote.position}, by ${speaker.name}`}
            copiedMessage="Link to this quote copied"
            variant="quiet"
          />
        </div>
      </figcaption>
    </figure>
  );
}

/**
 * The quotes on one key element, compact: the source named once where they share one, each
 * quote whole, and a link to all of them in the quote browser when the page shows only some.
 */
export function ElementQuotes({
  quotes,
  element,
}: {
  quotes: { shown: readonly QuoteView[]; total: number; href: string };
  element: string;
}) {
  const shown = quotes.shown.slice(0, QUOTES_ON_ELEMENT_PAGE);
  const sources = [...new Map(shown.map((q) => [q.source.slug, q.source])).values()];
  const [onlySource] = sources.length === 1 ? sources : [];
  const more = quotes.total > shown.length;
  return (
    <>
      <p className="mb-5 text-ink-muted">
        {more ? `The first ${shown.length} of ${quotes.total}, word for word` : "Word for word"}
        {onlySource ? (
          <>
            , from <SourceCitation source={onlySource} />
          </>
        ) : null}
        .
      </p>
      <ol className="list-none space-y-5 p-0">
        {shown.map((quote) => (
          <li key={quote.id}>
            <CompactQuote quote={quote} element={element} showSource={!onlySource} />
          </li>
        ))}
      </ol>
      <p className="mt-5">
        <Link href={quotes.href}>
          {quotes.total === 1
            ? "This quote in the quote browser"
            : `All ${quotes.total} quotes on this element`}
        </Link>
      </p>
    </>
  );
}
