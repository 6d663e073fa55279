import type { Metadata } from "next";
import { Suspense } from "react";
import { OpenData } from "@/components/browse/open-data";
import { QuoteBrowser } from "@/components/quotes/quote-browser.client";
import { QuoteGroups } from "@/components/quotes/quote-groups";
import { PageHeader } from "@/components/ui/page-header";
import { getElements, getQuoteViews, getQuotes, getSpeakers } from "@/lib/content/api";
import { speakerName } from "@/lib/content/quote-view";
import { routes, sectionId } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Quotes",
  description:
    "Every quote from the news release on the concluding report, word for word, with its speaker and source.",
  path: routes.quotes(),
});

export default function QuotesPage() {
  const quotes = getQuoteViews();
  const speakers = getSpeakers().map((s) => ({ slug: s.slug, name: speakerName(s) }));
  const elements = getElements().map((e) => ({ slug: e.slug, name: e.title }));
  return (
    <>
      <PageHeader
        title="Quotes"
        lead={
          <p>
            All {quotes.length} quotes from the news release on the concluding report, word for
            word, grouped by speaker and in the order they were said. Narrow them by speaker, key
            element or words; the address of the page keeps your choice, so you can share it.
          </p>
        }
      />
      {/* Without JavaScript (and before it loads) the fallback lists every quote. */}
      <Suspense
        fallback={
          <>
            <nav aria-label="Speakers on this page">
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                {speakers.map((speaker) => (
                  <li key={speaker.slug}>
                    <a href={`#${sectionId.bySpeaker(speaker.slug)}`}>
                      {speaker.name} ({getQuotes({ speaker: speaker.slug }).length})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <QuoteGroups quotes={quotes} all={quotes} />
          </>
        }
      >
        <QuoteBrowser quotes={quotes} speakers={speakers} elements={elements} />
      </Suspense>
      <OpenData />
    </>
  );
}
