import { findingKindLabels } from "@/components/findings/finding-kinds";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { getMarkdownContext } from "@/lib/markdown/api";
import { llmsFullTxt } from "@/lib/markdown/llms";
import { fileHeaders } from "@/lib/data/file-headers";

/** Every page's Markdown in one file, after the summary /llms.txt opens with. */
export const dynamic = "force-static";

export function GET(): Response {
  const text = llmsFullTxt(getMarkdownContext({ components: mdxComponents, findingKindLabels }));
  return new Response(text, { headers: fileHeaders.llmsFullTxt.headers });
}
