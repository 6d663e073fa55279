import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SourceCitation } from "@/components/sources/source-list";
import { getSources } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "Every source this site relies on, with its publisher, date and address.",
  path: routes.sources(),
});

export default function SourcesPage() {
  const sources = getSources();
  return (
    <>
      <PageHeader
        title="Sources"
        lead={
          <p>
            Every fact and quote on this site comes from one of these {sources.length} public
            sources. Each page lists the ones it relies on.
          </p>
        }
      />
      <ul className="max-w-3xl list-none space-y-5 p-0">
        {sources.map((source) => (
          <li key={source.slug} id={source.slug} className="rounded-lg border border-line p-4">
            <p className="font-semibold">
              <SourceCitation source={source} />
            </p>
            {source.note ? <p className="mt-1 text-ink-muted">{source.note}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
