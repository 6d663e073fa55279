import { FindingList } from "@/components/findings/finding-list";
import { Section } from "@/components/ui/section";
import { Link } from "@/components/ui/link.client";
import { routes, sectionId } from "@/lib/content/routes";
import type { ElementPageProps } from "@/lib/site-model/props";
import { elementSectionTitles as titles } from "./element-contents";
import { ElementQuotes } from "./element-quotes";
import { ElementTag } from "./element-tag";

/** How many findings an element page lists before linking to the rest in the findings browser. */
export const FINDINGS_ON_ELEMENT_PAGE = 5;

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

/**
 * What stands behind an element, compact enough to scan on a phone: its quotes (the source named
 * once), its findings as a list of titles, and its neighbours as tags; each links to the rest.
 */
export function ElementRelations({
  element,
  quotes,
  findings,
  related,
  showRelated,
}: Pick<ElementPageProps, "quotes" | "findings" | "related"> & {
  element: { slug: string };
  showRelated: boolean;
}) {
  const shownFindings = findings.shown.slice(0, FINDINGS_ON_ELEMENT_PAGE);
  const more = findings.total > shownFindings.length;
  return (
    <>
      <Section id={sectionId.quotes} title={titles[sectionId.quotes]}>
        {quotes.total > 0 ? (
          <ElementQuotes quotes={quotes} element={element.slug} />
        ) : (
          <NoQuotes related={related} />
        )}
      </Section>
      <Section id={sectionId.findings} title={titles[sectionId.findings]}>
        {findings.total > 0 ? (
          <>
            {more ? (
              <p className="mb-4 text-ink-muted">
                The first {shownFindings.length} of {findings.total}.
              </p>
            ) : null}
            <FindingList findings={shownFindings} compact />
            {more ? (
              <p className="mt-4">
                <Link href={findings.href}>All {findings.total} findings on this element</Link>
              </p>
            ) : null}
          </>
        ) : (
          <p>No finding on this site is linked to this element yet.</p>
        )}
      </Section>
      {showRelated ? (
        <Section id={sectionId.related} title={titles[sectionId.related]}>
          <ul className="flex list-none flex-wrap gap-2 p-0">
            {related.map((neighbour) => (
              <li key={neighbour.slug}>
                <ElementTag
                  element={{ ...neighbour, title: `${neighbour.number}. ${neighbour.title}` }}
                />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
