import { findingKindLabels } from "@/components/findings/finding-kinds";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { getMarkdownContext } from "@/lib/markdown/api";
import { assertRenderable, pageMarkdown } from "@/lib/markdown/document";
import {
  markdownContentType,
  markdownPages,
  markdownSegments,
  pageAtSegments,
} from "@/lib/markdown/site";
import { getSite } from "@/lib/site-model/api";

/**
 * Every page of the site model as Markdown, at /md/<its path>.md (the home page /md/index.md):
 * written as files at build, under `next start` and in a static export alike.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { path: string[] }[] {
  const pages = markdownPages(getSite());
  // A page of a kind with no renderer stops the build here, naming the page.
  assertRenderable(pages);
  return pages.map((page) => ({ path: markdownSegments(page.path) }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const { path } = await params;
  const page = pageAtSegments(getSite(), path);
  if (!page) return new Response("Not found", { status: 404 });
  const markdown = pageMarkdown(
    page,
    getMarkdownContext({ components: mdxComponents, findingKindLabels }),
  );
  return new Response(markdown, { headers: { "Content-Type": markdownContentType } });
}
