import type { ElementContent, Properties, Root as HastRoot } from "hast";
import { toMdast } from "hast-util-to-mdast";
import type { Root as MdastRoot, RootContent } from "mdast";
import { getMDXComponent } from "mdx-bundler/client";
import type { ReactNode } from "react";
import { Fragment, isValidElement } from "react";

/**
 * The components an MDX body may use (components/mdx/mdx-components.tsx). lib/ imports no
 * components, so the route that writes the Markdown passes them in.
 */
export type MdxComponentMap = Readonly<Record<string, unknown>>;

/** The permalink links rehype-autolink-headings adds after each heading: not part of the text. */
const HEADING_ANCHOR = "heading-anchor";
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

type Props = Record<string, unknown> & { children?: ReactNode };

function properties(props: Props): Properties {
  const result: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "key" || key === "ref") continue;
    if (key === "className" && typeof value === "string") result.className = value.split(/\s+/);
    else if (["string", "number", "boolean"].includes(typeof value)) {
      result[key] = value as string | number | boolean;
    }
  }
  return result;
}

/**
 * A React element tree, as the compiled body renders it with the site's components, turned into
 * HTML's syntax tree (hast). Server components are plain functions of their props and are called;
 * a client component cannot run here, so what it wraps stands for it.
 */
function toHast(node: ReactNode): ElementContent[] {
  if (node === null || node === undefined || typeof node === "boolean") return [];
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    return [{ type: "text", value: String(node) }];
  }
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => toHast(child));
  if (!isValidElement<Props>(node)) return [];
  const { type, props } = node;
  if (type === Fragment) return toHast(props.children);
  if (typeof type === "string") {
    const hastProperties = properties(props);
    const classes = hastProperties.className;
    if (Array.isArray(classes) && classes.includes(HEADING_ANCHOR)) return [];
    return [
      {
        type: "element",
        tagName: type,
        properties: hastProperties,
        children: toHast(props.children),
      },
    ];
  }
  const isClient = (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE;
  if (typeof type === "function" && !isClient) {
    return toHast((type as (props: Props) => ReactNode)(props));
  }
  return toHast(props.children);
}

/**
 * A body compiled by lib/content/compile.ts as Markdown blocks: the same compiled code and
 * components the page renders (so the words cannot drift from the page's), through hast to
 * mdast with hast-util-to-mdast. Links stay as written; the document makes them absolute.
 */
export function bodyToMarkdown(code: string, components: MdxComponentMap): RootContent[] {
  const Content = getMDXComponent(code);
  // `a` as the plain element: the site's link component is a client component.
  const rendered = Content({ components: { ...components, a: "a" } }) as ReactNode;
  const root: HastRoot = { type: "root", children: toHast(rendered) };
  return (toMdast(root) as MdastRoot).children;
}
