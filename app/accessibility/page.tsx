import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { PageHeader } from "@/components/ui/page-header";
import { getChangesFor, getPage, getSources } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { contentPageMetadata } from "@/lib/seo/content-page-metadata";

const SLUG = "accessibility";

export function generateMetadata(): Metadata {
  return contentPageMetadata(SLUG);
}

export default function AccessibilityPage() {
  const page = getPage(SLUG);
  if (!page) notFound();
  return (
    <article>
      <PageHeader
        title={page.title}
        lead={<p>{page.description}</p>}
        changes={getChangesFor(routes.page(SLUG))}
      />
      <MdxContent code={page.body.code} className="max-w-3xl" />
      <SourceList sources={getSources(page.sources)} />
    </article>
  );
}
