import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/glossary-list";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.glossary());

export default function GlossaryPage() {
  const { page, entries } = pageProps.glossaryPage();
  return (
    <article>
      <PageHeader
        title={page.title}
        lead={
          <p>
            {page.description} Across the site, the first time a page uses one of these words, it is
            underlined with dots and followed by a small &ldquo;i&rdquo; button: select the button
            to read what the word means.
          </p>
        }
        changes={page.changes}
      />
      <GlossaryList entries={entries} />
    </article>
  );
}
