import type {
  Blockquote,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
} from "mdast";

/**
 * Small builders for the Markdown syntax tree (mdast), so the page renderers read as the page
 * does; mdast-util-to-markdown writes the text, escaping whatever needs it.
 */
export type Inline = string | PhrasingContent;
export type Block = RootContent;

const inline = (parts: readonly Inline[]): PhrasingContent[] =>
  parts.map((part) => (typeof part === "string" ? { type: "text", value: part } : part));

export const paragraph = (...parts: Inline[]): Paragraph => ({
  type: "paragraph",
  children: inline(parts),
});

export const heading = (depth: Heading["depth"], ...parts: Inline[]): Heading => ({
  type: "heading",
  depth,
  children: inline(parts),
});

/** A link to a site path or an outside address; site paths are made absolute at the end. */
export const link = (url: string, ...parts: Inline[]): Link => ({
  type: "link",
  url,
  children: inline(parts.length > 0 ? parts : [url]),
});

export const strong = (...parts: Inline[]): Strong => ({ type: "strong", children: inline(parts) });

export const blockquote = (...children: Blockquote["children"]): Blockquote => ({
  type: "blockquote",
  children,
});

/** A bulleted list; each item is one line of inline content, or blocks of its own. */
export const list = (items: readonly (Inline[] | ListItem["children"])[]): List => ({
  type: "list",
  ordered: false,
  spread: false,
  children: items.map((item) => ({
    type: "listItem",
    spread: false,
    children: isBlocks(item) ? item : [paragraph(...item)],
  })),
});

function isBlocks(item: Inline[] | ListItem["children"]): item is ListItem["children"] {
  const first = item[0];
  return typeof first === "object" && ["paragraph", "blockquote", "list"].includes(first.type);
}

/** A section: a heading, then its blocks; nothing at all when it has none. */
export const section = (title: string, blocks: readonly Block[], depth: 2 | 3 = 2): Block[] =>
  blocks.length > 0 ? [heading(depth, title), ...blocks] : [];
