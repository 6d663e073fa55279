import { SourceCitation } from "@/components/sources/source-list";
import type { GlossaryPageProps } from "@/lib/site-model/glossary-props";

/** Every term of the glossary at its own anchor (`/glossary#<slug>`), with where it comes from. */
export function GlossaryList({ entries }: { entries: GlossaryPageProps["entries"] }) {
  return (
    <div className="max-w-3xl">
      <nav aria-label="Words on this page" className="mb-10">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {entries.map((entry) => (
            <li key={entry.slug}>
              <a href={`#${entry.slug}`} className="inline-flex min-h-6 items-center">
                {entry.term}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        {entries.map((entry) => (
          <section
            key={entry.slug}
            id={entry.slug}
            aria-labelledby={`${entry.slug}-heading`}
            className="scroll-mt-6 border-t border-line pt-6 target:border-accent"
          >
            <h2 id={`${entry.slug}-heading`} className="text-2xl leading-tight font-bold">
              {entry.term}
            </h2>
            {entry.otherNames.length > 0 ? (
              <p className="mt-1 text-ink-muted">Also called: {entry.otherNames.join(", ")}</p>
            ) : null}
            <p className="mt-3 text-lg">{entry.definition}</p>
            <div className="mt-3 text-sm">
              <p className="font-semibold">{entry.sources.length > 1 ? "Sources" : "Source"}</p>
              <ul className="mt-1 space-y-1">
                {entry.sources.map((source) => (
                  <li key={source.slug}>
                    <SourceCitation source={source} />
                  </li>
                ))}
              </ul>
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
