import { Link } from "@/components/ui/link.client";
import { SourceCitation } from "@/components/sources/source-list";
import { groupQuotes } from "@/lib/browse/quote-filter";
import type { QuoteView } from "@/lib/content/quote-view";
import { routes, sectionId } from "@/lib/content/routes";
import { QuoteFigure } from "./quote-figure";

/**
 * Quotes grouped by speaker and source, the source named once per group. Where the sentence
 * before a quote in its speaker's statement is not shown just above it (a filter or a page break
 * left it out), the quote says what it follows. No hooks: the server and the client browser
 * both render it.
 */
export function QuoteGroups({ quotes }: { quotes: readonly QuoteView[] }) {
  const seen = new Set<string>();
  return (
    <>
      {groupQuotes(quotes).map((group) => {
        const first = group[0];
        if (!first) return null;
        const { speaker, source } = first;
        const id = seen.has(speaker.slug) ? undefined : sectionId.bySpeaker(speaker.slug);
        seen.add(speaker.slug);
        const headingId = `${first.id}-group`;
        return (
          <section key={headingId} id={id} aria-labelledby={headingId} className="mt-12">
            <h2 id={headingId} className="text-2xl leading-tight font-bold sm:text-3xl">
              {speaker.name}
            </h2>
            <p className="mt-2 mb-6 text-ink-muted">
              {speaker.role}, {speaker.organisation}.{" "}
              <Link href={routes.speaker(speaker.slug)}>About {speaker.shortName}</Link>
              <br />
              Source of these quotes: <SourceCitation source={source} />.
            </p>
            <ol className="list-none space-y-6 p-0">
              {group.map((quote, index) => {
                const { previous, ...place } = quote.statement;
                const shownBefore = group[index - 1];
                return (
                  <li key={quote.id}>
                    <QuoteFigure
                      quote={quote}
                      anchor
                      showSource={false}
                      place={
                        previous && previous.id !== shownBefore?.id ? { ...place, previous } : place
                      }
                    />
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}
