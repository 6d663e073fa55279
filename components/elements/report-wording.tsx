import { DateText } from "@/components/ui/date-text";
import { site } from "@/lib/site";

/** The report's own wording of an element, quoted exactly and attributed to the report. */
export function ReportWording({ text, sourceTitle }: { text: string; sourceTitle: string }) {
  return (
    <figure className="rounded-lg border-l-4 border-quote-rule bg-surface p-5 sm:p-6">
      <blockquote className="text-xl leading-relaxed font-medium">
        <p>“{text}”</p>
      </blockquote>
      <figcaption className="mt-3 text-sm text-ink-muted">
        The report&rsquo;s words: <cite>{site.reportTitle}</cite>, {site.publisher},{" "}
        <DateText iso={site.published} />, as listed in <cite>{sourceTitle}</cite>.
      </figcaption>
    </figure>
  );
}
