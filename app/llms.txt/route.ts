import { findingKindLabels } from "@/components/findings/finding-kinds";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { getMarkdownContext } from "@/lib/markdown/api";
import { llmsTxt } from "@/lib/markdown/llms";
import { fileHeaders } from "@/lib/data/file-headers";

/** The site's pages for language models, one line each (the llms.txt convention). */
export const dynamic = "force-static";

export function GET(): Response {
  const text = llmsTxt(getMarkdownContext({ components: mdxComponents, findingKindLabels }));
  return new Response(text, { headers: fileHeaders.llmsTxt.headers });
}
