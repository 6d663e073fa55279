import { FindingList } from "@/components/findings/finding-list";
import { QuoteList } from "@/components/quotes/quote-list";
import { Section } from "@/components/ui/section";
import { Link } from "@/components/ui/link.client";
import { getElementsBySlugs, getFindings, getQuoteViews } from "@/lib/content/api";
import { serializeFindingFilter } from "@/lib/browse/finding-filter";
import { serializeQuoteFilter } from "@/lib/browse/quote-filter";
import { RELATED_LIMIT } from "@/lib/browse/quote-pages";
import { routes, sectionId } from "@/lib/content/routes";
import type { Element } from "@/lib/content/schemas";
import { ElementGrid } from "./element-card";

/** An element no quote speaks to says so, and points to the quotes of its related elements. */
function NoQuotes({ related }: { related: { slug: string; title: string }[] }) {
  const withQuotes = related.flatMap((element) => {
    const count = getQuoteViews({ element: element.slug }).length;
    return count > 0 ? [{ element, count }] : [];
  });
  return (
    <>
      <p>No quote in the news release speaks to this element directly.</p>
      {withQuotes.length > 0 ? (
        <>
          <p className="mt-3">Quotes on its related key elements:</p>
          <ul className="mt-2 space-y-1">
            {withQuotes.map(({ element, count }) => (
              <li key={element.slug}>
                <Link href={`${routes.quotes()}${serializeQuoteFilter({ element: element.slug })}`}>
                  {element.title}: {count} {count === 1 ? "quote" : "quotes"}
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
  element,
  showRelated,
}: {
  element: Element;
  showRelated: boolean;
}) {
  const quotes = getQuoteViews({ element: element.slug });
  const findings = getFindings({ element: element.slug });
  const related = getElementsBySlugs(element.related);

  return (
    <>
      <Section id={sectionId.quotes} title="What was said">
        {quotes.length > 0 ? (
          <>
            <p className="mb-6">
              {quotes.length > RELATED_LIMIT
                ? `The first ${RELATED_LIMIT} of ${quotes.length} quotes on this element. `
                : null}
              <Link href={`${routes.quotes()}${serializeQuoteFilter({ element: element.slug })}`}>
                {quotes.length > RELATED_LIMIT ? "All" : "These"} {quotes.length}{" "}
                {quotes.length === 1 ? "quote" : "quotes"} in the quote browser
              </Link>
            </p>
            <QuoteList quotes={quotes.slice(0, RELATED_LIMIT)} />
          </>
        ) : (
          <NoQuotes related={related} />
        )}
      </Section>
      <Section id={sectionId.findings} title="Findings behind it">
        {findings.length > RELATED_LIMIT ? (
          <p className="mb-6">
            The first {RELATED_LIMIT} of {findings.length} findings on this element.{" "}
            <Link href={`${routes.findings()}${serializeFindingFilter({ element: element.slug })}`}>
              All {findings.length} findings on this element
            </Link>
          </p>
        ) : null}
        {findings.length > 0 ? (
          <FindingList findings={findings.slice(0, RELATED_LIMIT)} />
        ) : (
          <p>No finding on this site is linked to this element yet.</p>
        )}
      </Section>
      {showRelated ? (
        <Section id={sectionId.related} title="Related key elements">
          <ElementGrid elements={related} headingLevel={3} />
        </Section>
      ) : null}
    </>
  );
}
