import type { Source } from "@/lib/content/schemas";
import { formatDate } from "@/lib/dates";
import { Section } from "@/components/ui/section";
import { sectionId } from "@/lib/content/routes";

/** A source as a citation: its title (linked, in <cite>), publisher and date. */
export function SourceCitation({
  source,
}: {
  source: Pick<Source, "title" | "url" | "publisher" | "date">;
}) {
  return (
    <>
      <cite>
        <a href={source.url} rel="noopener">
          {source.title}
        </a>
      </cite>
      <span className="text-ink-muted">
        {" "}
        ({source.publisher}
        {source.date ? `, ${formatDate(source.date)}` : ""})
      </span>
    </>
  );
}

/** The sources a page relies on, so every fact on it can be traced. */
export function SourceList({ sources, title = "Sources" }: { sources: Source[]; title?: string }) {
  if (sources.length === 0) return null;
  return (
    <Section id={sectionId.sources} title={title}>
      <ul className="space-y-2">
        {sources.map((source) => (
          <li key={source.slug}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
