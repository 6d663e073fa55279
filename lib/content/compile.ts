import type { Element, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import { bundleMDX } from "mdx-bundler";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface CompiledBody {
  /** The function body that mdx-bundler's getMDXComponent turns into a component. */
  code: string;
  headings: Heading[];
  /** Every link target written in the body, for the build's link check. */
  links: string[];
  /** The body as plain text, for search and previews. */
  text: string;
  /**
   * The body cut at its headings: the text before the first heading (id ""), then one part per
   * heading, so that search can point at a section's anchor.
   */
  sections: Section[];
}

export interface Section {
  id: string;
  title: string;
  text: string;
}

const headingTag = /^h([2-6])$/;

/**
 * The useful part of an MDX compile failure, with its position counted in lines of the file:
 * `linesBefore` is how many lines (the frontmatter) come before the body.
 */
export function describeCompileError(error: unknown, linesBefore = 0): string {
  const text = (error as { errors?: { text?: string }[] }).errors?.[0]?.text;
  if (!text) return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const last = text.trim().split("\n").pop()?.trim() ?? text;
  return last
    .replace(/^\d+:\d+: /, "")
    .replace(
      /\((\d+):(\d+)-\d+:\d+\)$/,
      (_match, line: string, column: string) =>
        `(line ${Number(line) + linesBefore}, column ${column})`,
    );
}

/** The MDX, compiled once at build time, with heading ids and the facts the link check needs. */
export async function compileMdx(source: string): Promise<CompiledBody> {
  const headings: Heading[] = [];
  const links: string[] = [];
  const sections: Section[] = [{ id: "", title: "", text: "" }];

  const collectLinks = () => (tree: MdastRoot) =>
    visit(tree, "link", (node) => {
      if (node.url) links.push(node.url);
    });
  // Runs after rehype-slug (ids exist) and before the heading anchors are added (no "#" text).
  // Sections are the body's top-level blocks; an expression or import block has no text.
  const collectHeadingsAndSections = () => (tree: HastRoot) => {
    for (const block of tree.children) {
      const depth = block.type === "element" ? headingTag.exec(block.tagName)?.[1] : undefined;
      const id = block.type === "element" ? block.properties.id : undefined;
      const written = "children" in block || block.type === "text" ? toString(block) : "";
      const text = written.replace(/\s+/g, " ").trim();
      if (depth && typeof id === "string") {
        headings.push({ depth: Number(depth), id, text });
        sections.push({ id, title: text, text: "" });
      } else if (text) {
        const current = sections[sections.length - 1];
        if (current) current.text = current.text ? `${current.text}\n${text}` : text;
      }
    }
  };

  const { code } = await bundleMDX({
    source,
    // Errors are reported by the loader, naming the file; esbuild's own log would only repeat them.
    esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, collectLinks];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        collectHeadingsAndSections,
        [
          rehypeAutolinkHeadings,
          {
            // A sibling link rather than one inside the heading, so the heading's own name stays
            // clean for screen readers while the link is reachable from the keyboard.
            behavior: "after",
            group: () => ({
              type: "element",
              tagName: "div",
              properties: { className: ["heading-group"] },
              children: [],
            }),
            properties: (heading: Element) => ({
              className: ["heading-anchor"],
              ariaLabel: `Link to the section “${toString(heading).trim()}”`,
            }),
            content: {
              type: "element",
              tagName: "span",
              properties: { ariaHidden: "true" },
              children: [{ type: "text", value: "#" }],
            },
          },
        ],
      ];
      return options;
    },
  });
  const parts = sections.filter((section) => section.id !== "" || section.text !== "");
  const text = parts.flatMap((section) => [section.title, section.text].filter(Boolean)).join("\n");
  return { code, headings, links, text, sections: parts };
}
