import { FindingList } from "@/components/findings/finding-list";
import { QuoteList } from "@/components/quotes/quote-list";
import { Section } from "@/components/ui/section";
import { getElementsBySlugs, getFindings, getQuotes } from "@/lib/content/api";
import { sectionId } from "@/lib/content/routes";
import type { Element } from "@/lib/content/schemas";
import { ElementGrid } from "./element-card";

/** What stands behind an element: the quotes and findings that speak to it, and its neighbours. */
export function ElementRelations({
  element,
  showRelated,
}: {
  element: Element;
  showRelated: boolean;
}) {
  const quotes = getQuotes({ element: element.slug });
  const findings = getFindings({ element: element.slug });
  const related = getElementsBySlugs(element.related);

  return (
    <>
      <Section id={sectionId.quotes} title="What was said">
        {quotes.length > 0 ? (
          <QuoteList quotes={quotes} />
        ) : (
          <p>No quote in the news release speaks to this element directly.</p>
        )}
      </Section>
      <Section id={sectionId.findings} title="Findings behind it">
        {findings.length > 0 ? (
          <FindingList findings={findings} />
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
