import type { QuoteView } from "@/lib/content/quote-view";
import { site } from "@/lib/site";
import { quoteWithAttribution } from "./quote-attribution";
import { Share, ShareRow } from "./share";
import { CopyButton } from "@/components/ui/copy-button.client";

/** A quote page's actions: share the page, and copy the quote with who said it and where. */
export function QuoteShare({
  quote,
  page,
  className,
}: {
  quote: QuoteView;
  page: { path: string; title: string };
  className?: string;
}) {
  const url = `${site.url}${page.path}`;
  return (
    <ShareRow {...(className ? { className } : {})}>
      <Share page={page} what="quote" />
      <CopyButton
        value={quoteWithAttribution(quote, url)}
        label="Copy quote with attribution"
        copiedMessage="The quote, its speaker, source and link copied"
      />
    </ShareRow>
  );
}
