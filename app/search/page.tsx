import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { Suspense } from "react";
import { preload } from "react-dom";
import { SearchPage } from "@/components/search/search-page.client";
import { PageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.search());

/** Static: the query is read from the URL in the browser, so this works in a static export too. */
export default function Search() {
  // This page searches as soon as it loads: fetch the index with the page's own resources rather
  // than after hydration (the browser reuses this response for the fetch in load-index.ts).
  preload(routes.searchIndex(), { as: "fetch", crossOrigin: "anonymous" });
  const page = getSite().require(routes.search());
  const lists = pageProps.lists();
  const speakers = lists.speakers.map((s) => ({ slug: s.slug, label: s.name }));
  const elements = lists.elements.map((e) => ({ slug: e.slug, label: `${e.number}. ${e.title}` }));
  return (
    <>
      <PageHeader
        title={page.title}
        lead={<p>Search the key elements, findings, quotes and speakers.</p>}
      />
      <noscript>
        <p className="rounded-md border border-line p-4">
          Search needs JavaScript. Without it, browse{" "}
          <Link href={routes.quotes()}>every quote</Link> or{" "}
          <Link href={routes.findings()}>every finding</Link>.
        </p>
      </noscript>
      {/* At least a screen tall, loading or loaded, so the footer starts below the fold and does
          not jump down when the form and results replace the fallback (layout shift). */}
      <div className="min-h-screen">
        <Suspense fallback={<p className="text-ink-muted">Loading search…</p>}>
          <SearchPage speakers={speakers} elements={elements} />
        </Suspense>
      </div>
    </>
  );
}
