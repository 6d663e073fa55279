import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HelpPanel } from "@/components/help/help-panel";
import { ContentPageHeader } from "@/components/layout/page-header";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SourceList } from "@/components/sources/source-list";
import { routes } from "@/lib/content/routes";
import { pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

const SLUG = "for-children-and-families";

export const metadata: Metadata = metadataFor(routes.page(SLUG));

export default function ForChildrenAndFamiliesPage() {
  const props = pageProps.contentPage(SLUG);
  if (!props) notFound();
  const { page, content, glossary } = props;
  return (
    <article>
      <ContentPageHeader page={page} marks={glossary.lead} />
      <HelpPanel {...pageProps.help()} />
      <MdxContent code={content.body.code} glossary={glossary.body} className="max-w-3xl text-lg" />
      <SourceList sources={props.sources} />
    </article>
  );
}
