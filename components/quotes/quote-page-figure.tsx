import { ElementTags } from "@/components/elements/element-tag";
import { CopyLink } from "@/components/share/copy-link";
import { SourceCitation } from "@/components/sources/source-list";
import { DateText } from "@/components/ui/date-text";
import { Link } from "@/components/ui/link.client";
import type { QuoteView } from "@/lib/content/quote-view";
import { site } from "@/lib/site";

/** A quote on its own page: the words, who said them, where, and a link to copy. */
export function QuotePageFigure({ quote }: { quote: QuoteView }) {
  const { speaker, source } = quote;
  return (
    <figure className="max-w-3xl rounded-lg border-l-4 border-quote-rule bg-surface p-5 sm:p-6">
      <blockquote className="text-xl leading-relaxed sm:text-2xl">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="mt-4 space-y-3 text-ink-muted">
        <p>
          <Link href={quote.inContext} className="font-semibold">
            {speaker.name}
          </Link>
          , {speaker.role}, {speaker.organisation}. Source: <SourceCitation source={source} />.
        </p>
        <p className="text-sm">
          The release is about {site.publisher}&rsquo;s concluding report, published on{" "}
          <DateText iso={site.published} />.
        </p>
        <ElementTags elements={quote.elements} />
        <CopyLink path={quote.permalink} what="quote" />
      </figcaption>
    </figure>
  );
}
