import { FindingList } from "@/components/findings/finding-list";
import { QuoteList } from "@/components/quotes/quote-list";
import { Section } from "@/components/ui/section";
import { Link } from "@/components/ui/link.client";
import { routes, sectionId } from "@/lib/content/routes";
import type { ElementPageProps } from "@/lib/site-model/props";
import { ElementGrid } from "./element-card";

const quotesWord = (count: number) => (count === 1 ? "quote" : "quotes");

/** An element no quote speaks to says so, and points to the quotes of its related elements. */
function NoQuotes({ related }: { related: ElementPageProps["related"] }) {
  const withQuotes = related.filter((element) => element.quoteCount > 0);
  return (
    <>
      <p>No quote in the news release speaks to this element directly.</p>
      {withQuotes.length > 0 ? (
        <>
          <p className="mt-3">Quotes on its related key elements:</p>
          <ul className="mt-2 space-y-1">
            {withQuotes.map((element) => (
              <li key={element.slug}>
                <Link href={element.quotesHref}>
                  {element.title}: {element.quoteCount} {quotesWord(element.quoteCount)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3">
          <Link href={routes.quotes()}>All quotes</Link>
        </p>
      )}
    </>
  );
}

/** What stands behind an element: the quotes and findings that speak to it, and its neighbours. */
export function ElementRelations({
  quotes,
  findings,
  related,
  count,
  showRelated,
}: Pick<ElementPageProps, "quotes" | "findings" | "related" | "count"> & { showRelated: boolean }) {
  const more = (list: { shown: readonly unknown[]; total: number }) =>
    list.total > list.shown.length;
  return (
    <>
      <Section id={sectionId.quotes} title="What was said">
        {quotes.total > 0 ? (
          <>
            <p className="mb-6">
              {more(quotes)
                ? `The first ${quotes.shown.length} of ${quotes.total} quotes on this element. `
                : null}
              <Link href={quotes.href}>
                {more(quotes) ? "All" : "These"} {quotes.total} {quotesWord(quotes.total)} in the
                quote browser
              </Link>
            </p>
            <QuoteList quotes={quotes.shown} />
          </>
        ) : (
          <NoQuotes related={related} />
        )}
      </Section>
      <Section id={sectionId.findings} title="Findings behind it">
        {more(findings) ? (
          <p className="mb-6">
            The first {findings.shown.length} of {findings.total} findings on this element.{" "}
            <Link href={findings.href}>All {findings.total} findings on this element</Link>
          </p>
        ) : null}
        {findings.total > 0 ? (
          <FindingList findings={findings.shown} />
        ) : (
          <p>No finding on this site is linked to this element yet.</p>
        )}
      </Section>
      {showRelated ? (
        <Section id={sectionId.related} title="Related key elements">
          <ElementGrid elements={related} count={count} headingLevel={3} />
        </Section>
      ) : null}
    </>
  );
}
