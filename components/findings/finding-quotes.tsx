import { QuoteList } from "@/components/quotes/quote-list";
import { Link } from "@/components/ui/link.client";
import { Section } from "@/components/ui/section";
import { sectionId } from "@/lib/content/routes";
import type { FindingPageProps } from "@/lib/site-model/props";

/** The quotes on a finding's key elements, the first few, with links to all of each element's. */
export function FindingQuotes({
  quotes,
  quotesByElement,
}: Pick<FindingPageProps, "quotes" | "quotesByElement">) {
  if (quotes.total === 0) return null;
  const more = quotes.total > quotes.shown.length;
  return (
    <Section id={sectionId.quotes} title="Quotes on these key elements">
      <p className="mb-6 max-w-3xl text-ink-muted">
        What the speakers said in the news release about the key elements this finding relates to,
        word for word
        {more ? `: the first ${quotes.shown.length} of ${quotes.total}.` : "."}
      </p>
      <QuoteList quotes={quotes.shown} />
      {more ? (
        <>
          <p className="mt-6">All the quotes on each of these key elements:</p>
          <ul className="mt-2 space-y-1">
            {quotesByElement.map((element) => (
              <li key={element.href}>
                <Link href={element.href}>{element.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
