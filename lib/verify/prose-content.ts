/**
 * The site's prose as the prose check reads it: which fields of which collection are our own
 * words, and the text of MDX bodies without their Markdown and MDX syntax (link targets, heading
 * markers, JSX tags and attributes, code and expressions), each piece with its line in the file.
 */
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { BODY_FIELD } from "../content/errors";
import type { FieldPosition } from "../content/yaml-positions";
import type { ProseDocument, ProseSegment, TextPiece } from "./prose";

/**
 * The fields that are the site's own words, by collection. Not here, and so not checked: a
 * quote's `text` (the speaker's words, checked by verify:quotes), an element's `reportWording`
 * (the release's list, word for word), and names, roles, slugs, dates and addresses.
 */
export const PROSE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  elements: ["title", "summary", "inShort"],
  findings: ["title", "summary"],
  pages: ["title", "description"],
  speakers: ["bio"],
  sources: ["title", "note"],
  timeline: ["title", "description"],
  quotes: [],
  glossary: ["definition"],
  /** `[]` stands for every item of a list: each point's text, in order. */
  easyRead: ["title", "points[].text"],
};

/** Change notes are our words too, in whichever collection has them. */
const CHANGE_NOTE = /^changes\[(\d+)\]\.note$/;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Nodes whose text is not prose: left out, with a gap so the words either side stay apart. */
const NOT_PROSE = new Set([
  "code",
  "inlineCode",
  "html",
  "image",
  "imageReference",
  "definition",
  "footnoteReference",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
  "yaml",
  "toml",
  "math",
  "inlineMath",
  "thematicBreak",
]);

/** Inline content: a node with any of these as children holds a run of prose. */
const PHRASING = new Set([
  "text",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "break",
  "inlineCode",
  "mdxJsxTextElement",
  "mdxTextExpression",
  "image",
  "imageReference",
  "footnoteReference",
  "html",
]);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * An MDX body's prose: one segment per paragraph, heading, table cell or other block of inline
 * text, in order. A block quote's paragraphs are quotations. `linesBefore` is how many lines of
 * the file come before the body. Throws on MDX the parser cannot read.
 */
export function bodySegments(body: string, linesBefore = 0): ProseSegment[] {
  const segments: ProseSegment[] = [];
  const lineOf = (node: MdNode): number | undefined =>
    node.position === undefined ? undefined : node.position.start.line + linesBefore;

  const inline = (node: MdNode, pieces: TextPiece[]): void => {
    if (node.type === "text") {
      pieces.push({ text: node.value ?? "", line: lineOf(node) });
    } else if (node.type === "break") {
      pieces.push({ text: "\n", line: lineOf(node) });
    } else if (NOT_PROSE.has(node.type)) {
      pieces.push({ text: " ", line: lineOf(node) });
    } else {
      for (const child of node.children ?? []) inline(child, pieces);
    }
  };

  const block = (node: MdNode, quoted: boolean): void => {
    if (NOT_PROSE.has(node.type)) return;
    const children = node.children ?? [];
    if (children.some((child) => PHRASING.has(child.type))) {
      const pieces: TextPiece[] = [];
      for (const child of children) inline(child, pieces);
      if (pieces.some((piece) => piece.text.trim() !== "")) {
        segments.push({ field: BODY_FIELD, pieces, ...(quoted ? { quoted } : {}) });
      }
      return;
    }
    for (const child of children) block(child, quoted || node.type === "blockquote");
  };

  const tree: MdNode = parser.parse(body);
  block(tree, false);
  return segments;
}

/** The paths a PROSE_FIELDS name stands for: itself, or with `[]`, each item's, in order. */
function fieldPaths(name: string, positions: ReadonlyMap<string, FieldPosition>): string[] {
  if (!name.includes("[]")) return [name];
  const [before = "", after = ""] = name.split("[]", 2);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${escape(before)}\\[(\\d+)\\]${escape(after)}$`);
  return [...positions.keys()]
    .map((path) => ({ path, index: pattern.exec(path)?.[1] }))
    .filter((item) => item.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index))
    .map((item) => item.path);
}

/** A content file as read by lib/content/read.ts, as far as the prose check needs it. */
export interface ProseEntry {
  file: string;
  positions: ReadonlyMap<string, FieldPosition>;
  /** The MDX body, for MDX collections. */
  body?: string;
  linesBeforeBody?: number;
}

/** The prose of one content file: its prose fields, its change notes and its body, in order. */
export function proseDocument(collection: string, entry: ProseEntry): ProseDocument {
  const segments: ProseSegment[] = [];
  const field = (path: string, position: FieldPosition) =>
    segments.push({ field: path, pieces: [{ text: position.text, line: position.textLine }] });
  for (const name of PROSE_FIELDS[collection] ?? []) {
    for (const path of fieldPaths(name, entry.positions)) {
      const position = entry.positions.get(path);
      if (position !== undefined) field(path, position);
    }
  }
  const notes = [...entry.positions]
    .map(([path, position]) => ({ path, position, index: CHANGE_NOTE.exec(path)?.[1] }))
    .filter((note) => note.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index));
  for (const { path, position } of notes) field(path, position);
  if (entry.body !== undefined && entry.body.trim() !== "") {
    segments.push(...bodySegments(entry.body, entry.linesBeforeBody ?? 0));
  }
  return { file: entry.file, segments };
}
