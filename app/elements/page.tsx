import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { ElementGrid } from "@/components/elements/element-card";
import { PageHeader } from "@/components/ui/page-header";
import { getElements, getSource } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "The eight key elements",
  description:
    "The eight key elements that the concluding report says create the conditions for effective, lasting change in children's services in Scotland.",
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
            The concluding report names eight key elements that together help create the conditions
            for change in children&rsquo;s services that is effective and lasts. Each has its own
            page with the report&rsquo;s wording, a plain-language summary, and the quotes and
            findings behind it.
          </p>
        }
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
