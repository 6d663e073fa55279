import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { ElementGrid } from "@/components/elements/element-card";
import { PageHeader } from "@/components/ui/page-header";
import { getChangesFor, getElements, getSource } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "The eight key elements",
  description:
    "The eight key elements the news release on CELCIS's concluding report lists as contributing to the conditions for lasting change in children's services in Scotland.",
  path: routes.elements(),
});

export default function ElementsPage() {
  const elements = getElements();
  const source = getSource("strathclyde-news-release");
  return (
    <>
      <PageHeader
        title="The eight key elements"
        lead={
          <p>
            The news release on the concluding report lists eight key elements that, it says,
            contribute to the conditions for lasting change in children&rsquo;s services. Each has
            its own page with the release&rsquo;s wording, a summary in plain language, and the
            quotes and findings on it. The titles and numbers are this site&rsquo;s.
          </p>
        }
        changes={getChangesFor(routes.elements())}
      />
      <ElementGrid elements={elements} />
      {source ? (
        <p className="mt-8 text-sm text-ink-muted">
          Source: <a href={source.url}>{source.title}</a> ({source.publisher}). See also{" "}
          <Link href={routes.findings()}>all findings</Link>.
        </p>
      ) : null}
    </>
  );
}
