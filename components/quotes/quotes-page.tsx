import { OpenData } from "@/components/browse/open-data";
import { PageHeader } from "@/components/ui/page-header";
import { getElements, getQuoteViews, getQuotes, getSpeakers } from "@/lib/content/api";
import { quoteGroupKey } from "@/lib/browse/quote-filter";
import { QUOTES_PER_PAGE, firstPages, quotePages } from "@/lib/browse/quote-pages";
import { speakerName } from "@/lib/content/quote-view";
import { routes, sectionId } from "@/lib/content/routes";
import { QuoteBrowser } from "./quote-browser.client";

/** The quotes, page by page: one page of the quote browser. */
export function quotePagesOfSite() {
  return quotePages(getQuoteViews(), quoteGroupKey);
}

/** Page `page` (1-based) of the quotes, with the browser's filters over all of them. */
export function QuotesPage({ page }: { page: number }) {
  const all = getQuoteViews();
  const pages = quotePagesOfSite();
  const pageQuotes = pages[page - 1] ?? [];
  // Where each speaker's quotes start, for the list of speakers.
  const firstPage = firstPages(pages, (q) => q.speaker.slug);
  // The content API keeps quotes by speaker and by element already: counts are lookups.
  const speakers = getSpeakers().map((s) => ({
    slug: s.slug,
    name: speakerName(s),
    count: getQuotes({ speaker: s.slug }).length,
  }));
  const elements = getElements().map((e) => ({
    slug: e.slug,
    name: e.title,
    count: getQuotes({ element: e.slug }).length,
  }));
  const paged = pages.length > 1;
  const first = (page - 1) * QUOTES_PER_PAGE + 1;

  return (
    <>
      <PageHeader
        title={page === 1 ? "Quotes" : `Quotes, page ${page} of ${pages.length}`}
        lead={
          <p>
            All {all.length} quotes from the news release on the concluding report, word for word,
            grouped by speaker and in the order they were said
            {paged ? `, ${QUOTES_PER_PAGE} to a page` : ""}. Narrow them by speaker, key element or
            words; the address of the page keeps your choice, so you can share it.
          </p>
        }
      />
      <QuoteBrowser
        pageQuotes={pageQuotes}
        page={page}
        pageCount={pages.length}
        firstOnPage={first}
        total={all.length}
        speakers={speakers}
        elements={elements}
        speakerLinks={speakers
          .filter((speaker) => speaker.count > 0)
          .map((speaker) => {
            const on = firstPage.get(speaker.slug) ?? 1;
            const anchor = `#${sectionId.bySpeaker(speaker.slug)}`;
            return { ...speaker, href: on === page ? anchor : `${routes.quotesPage(on)}${anchor}` };
          })}
      />
      <OpenData />
    </>
  );
}
