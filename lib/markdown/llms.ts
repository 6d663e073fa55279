import type { Root, RootContent } from "mdast";
import { routes } from "../content/routes";
import { site } from "../site";
import type { SitePage, SitePageKind } from "../site-model/model";
import { markdownUrl, pageMarkdown, stringify } from "./document";
import { blockquote, heading, link, list, paragraph } from "./mdast";
import { markdownPages } from "./site";
import type { MarkdownContext } from "./renderers";

/**
 * The sections of /llms.txt, by kind of page, in this order. A kind not named here is listed
 * under "Other pages". The single quotes come last, under "Optional" (the convention's name
 * for what a reader short of room may skip): the quotes pages hold them all.
 */
const sections: { title: string; kinds: readonly SitePageKind[] }[] = [
  { title: "The site", kinds: ["home", "list", "page", "search"] },
  { title: "Key elements", kinds: ["element"] },
  { title: "Findings", kinds: ["finding"] },
  { title: "Speakers", kinds: ["speaker"] },
  { title: "Optional", kinds: ["quote"] },
];

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function summary(context: MarkdownContext): RootContent[] {
  const home = context.model.require(routes.home());
  return [
    heading(1, site.name),
    blockquote(paragraph(oneLine(`${site.reportTitle}. ${home.description}`))),
    paragraph(
      "Every page of this site is also written as Markdown at the same address with /md in front and .md after it (the home page is ",
      link(markdownUrl(routes.home(), context.origin)),
      "); ",
      link(`${context.origin}${routes.llmsFullTxt()}`, "llms-full.txt"),
      " holds them all in one file. Quotes are given word for word, as block quotes with their speaker and source. The wording of each key element is the news release’s, and is labelled as the release’s words.",
    ),
  ];
}

/** /llms.txt: the site's name, a summary, then every page of the model, one line each. */
export function llmsTxt(context: MarkdownContext): string {
  const pages = markdownPages(context.model);
  const named = new Set(sections.flatMap((s) => s.kinds));
  const groups = [
    ...sections.slice(0, -1),
    {
      title: "Other pages",
      kinds: [...new Set(pages.map((p) => p.kind))].filter((k) => !named.has(k)),
    },
    ...sections.slice(-1),
  ];
  const entry = (page: SitePage) => [
    link(markdownUrl(page.path, context.origin), page.title),
    `: ${oneLine(page.description)}`,
  ];
  const tree: Root = {
    type: "root",
    children: [
      ...summary(context),
      ...groups.flatMap(({ title, kinds }) => {
        const members = pages.filter((p) => kinds.includes(p.kind));
        return members.length > 0 ? [heading(2, title), list(members.map(entry))] : [];
      }),
    ],
  };
  return stringify(tree);
}

/** /llms-full.txt: the summary, then every page's Markdown, in the model's order. */
export function llmsFullTxt(context: MarkdownContext): string {
  const head = stringify({ type: "root", children: summary(context) });
  return [head, ...markdownPages(context.model).map((page) => pageMarkdown(page, context))].join(
    "\n---\n\n",
  );
}
