import { RELEASE_WORDING_LABEL } from "@/lib/content/attribution";

/**
 * An element's wording as the news release lists it, quoted exactly and attributed to the
 * release (which says the report's key elements "include" these), never to the report itself.
 */
export function ReportWording({
  text,
  source,
}: {
  text: string;
  source?: { title: string; publisher: string; url: string };
}) {
  return (
    <figure className="rounded-lg border-l-4 border-quote-rule bg-surface p-5 sm:p-6">
      <blockquote className="text-xl leading-relaxed font-medium">
        <p>“{text}”</p>
      </blockquote>
      <figcaption className="mt-3 text-sm text-ink-muted">
        {RELEASE_WORDING_LABEL}, from its list of the key elements the report identifies
        {source ? (
          <>
            : <a href={source.url}>{source.title}</a> ({source.publisher})
          </>
        ) : null}
        .
      </figcaption>
    </figure>
  );
}
