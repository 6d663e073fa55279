import type { Root, RootContent } from "mdast";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown } from "mdast-util-to-markdown";
import { visit } from "unist-util-visit";
import { routes } from "../content/routes";
import { absoluteUrl } from "../seo/metadata";
import { site } from "../site";
import type { SitePage } from "../site-model/model";
import { changesSection } from "./blocks";
import { heading, link, paragraph } from "./mdast";
import type { MarkdownContext } from "./renderers";
import { renderers } from "./renderers";

/** Thrown when the model has a page of a kind no renderer knows, naming the page. */
export class MissingMarkdownRenderer extends Error {}

function rendererFor(page: Pick<SitePage, "kind" | "path">) {
  const render = (renderers as Partial<Record<string, (typeof renderers)[keyof typeof renderers]>>)[
    page.kind
  ];
  if (!render) {
    throw new MissingMarkdownRenderer(
      `The page ${page.path} is of kind "${page.kind}", which has no Markdown renderer: add one to the renderers in lib/markdown/renderers.ts.`,
    );
  }
  return render;
}

/** Checks every page of the model has a renderer, before any is written. */
export function assertRenderable(pages: readonly Pick<SitePage, "kind" | "path">[]): void {
  for (const page of pages) rendererFor(page);
}

/** Every link absolute: site paths on the public origin, #anchors on the page's own address. */
function absoluteLinks(tree: Root, pageUrl: string, origin: string) {
  visit(tree, "link", (node) => {
    if (node.url.startsWith("#")) node.url = `${pageUrl}${node.url}`;
    else if (node.url.startsWith("/")) node.url = absoluteUrl(node.url, origin);
  });
}

/** Markdown text from a syntax tree, written one way everywhere (with GFM tables, for the home page; outside addresses in citations left as text, which GFM readers link). */
export const stringify = (tree: Root): string =>
  toMarkdown(tree, {
    extensions: [gfmTableToMarkdown()],
    bullet: "-",
    emphasis: "_",
    strong: "*",
    rule: "-",
    listItemIndent: "one",
  });

/** One page of the model as a Markdown syntax tree: title, description, its address, body, changes. */
export function pageTree(page: SitePage, context: MarkdownContext): Root {
  const rendered = rendererFor(page)(page, context);
  const url = absoluteUrl(page.path, context.origin);
  const children: RootContent[] = [
    ...(rendered.eyebrow ? [paragraph(rendered.eyebrow)] : []),
    heading(1, rendered.heading ?? page.title),
    ...(rendered.lead === false ? [] : [paragraph(page.description)]),
    paragraph("The page on the web: ", link(url), `. Part of ${site.name}.`),
    ...rendered.blocks,
    ...changesSection(page.changes),
  ];
  const tree: Root = { type: "root", children };
  absoluteLinks(tree, url, context.origin);
  return tree;
}

/** One page of the model as Markdown text. */
export const pageMarkdown = (page: SitePage, context: MarkdownContext): string =>
  stringify(pageTree(page, context));

/** The address of a page's Markdown, in full. */
export const markdownUrl = (path: string, origin: string = site.url): string =>
  absoluteUrl(routes.markdown(path), origin);
