import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { ContentPageHeader } from "@/components/layout/page-header";
import { routes } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

const SLUG = "accessibility";

export const metadata: Metadata = metadataFor(routes.page(SLUG));

export default function AccessibilityPage() {
  const props = pageProps.contentPage(SLUG);
  if (!props) notFound();
  const { page, content, glossary } = props;
  return (
    <article>
      <ContentPageHeader page={page} marks={glossary.lead} />
      <MdxContent code={content.body.code} glossary={glossary.body} className="max-w-3xl" />
      <SourceList sources={props.sources} />
    </article>
  );
}
