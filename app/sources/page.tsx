import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SourceCitation } from "@/components/sources/source-list";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.sources());

export default function SourcesPage() {
  const page = getSite().require(routes.sources());
  const { sources } = pageProps.lists();
  return (
    <>
      <PageHeader
        title={page.title}
        lead={
          <p>
            Every fact and quote on this site comes from one of these {sources.length} public
            sources. Each page lists the ones it relies on.
          </p>
        }
        changes={page.changes}
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
