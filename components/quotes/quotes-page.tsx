import { OpenData } from "@/components/browse/open-data";
import { PageHeader } from "@/components/layout/page-header";
import type { QuotesPageProps } from "@/lib/site-model/props";
import { QuoteBrowser } from "./quote-browser.client";

/** One page of the quotes, with the browser's filters over all of them. */
export function QuotesPage(props: QuotesPageProps) {
  const { page, pageNumber, pageCount, perPage, total } = props;
  return (
    <>
      <PageHeader
        title={page.title}
        lead={
          <p>
            All {total} quotes from the news release on the concluding report, word for word,
            grouped by speaker and in the order they were said
            {pageCount > 1 ? `, ${perPage} to a page` : ""}. Narrow them by speaker, key element or
            words; the address of the page keeps your choice, so you can share it.
          </p>
        }
        changes={page.changes}
      />
      <QuoteBrowser
        pageQuotes={props.pageQuotes}
        page={pageNumber}
        pageCount={pageCount}
        firstOnPage={props.firstOnPage}
        total={total}
        speakers={props.speakers}
        elements={props.elements}
        speakerLinks={props.speakerLinks}
      />
      <OpenData />
    </>
  );
}
