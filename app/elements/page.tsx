import type { Metadata } from "next";
import { ElementGrid } from "@/components/elements/element-card";
import { SourceCitation } from "@/components/sources/source-list";
import { Link } from "@/components/ui/link.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { numberInWords } from "@/lib/number-words";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.elements());

export default function ElementsPage() {
  const page = getSite().require(routes.elements());
  const { elements, release: source } = pageProps.lists();
  return (
    <>
      <PageHeader
        title={page.title}
        lead={
          <p>
            The news release on the concluding report lists {numberInWords(elements.length)} key
            elements that, it says, contribute to the conditions for lasting change in
            children&rsquo;s services. Each has its own page with the release&rsquo;s wording, a
            summary in plain language, and the quotes and findings on it. The titles and numbers are
            this site&rsquo;s.
          </p>
        }
        changes={page.changes}
      />
      <ElementGrid elements={elements} count={elements.length} />
      {source ? (
        <p className="mt-8 text-sm text-ink-muted">
          Source: <SourceCitation source={source} />. See also{" "}
          <Link href={routes.findings()}>all findings</Link>.
        </p>
      ) : null}
    </>
  );
}
