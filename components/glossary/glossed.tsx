import type { ReactElement, ReactNode } from "react";
import { Children, cloneElement, createElement, Fragment, isValidElement } from "react";
import type { GlossaryMarks, GlossaryTermView } from "@/lib/content/glossary-terms";
import { termMatcher } from "@/lib/content/glossary-terms";
import { GlossaryTerm } from "./glossary-term";

export type { GlossaryMarks };

/** Where a term's use cannot hold a button, or is not the site's own running text. */
const SKIPPED = new Set([
  "a",
  "button",
  "summary",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "blockquote",
  "cite",
  "label",
  "option",
  "select",
  "textarea",
]);

type Pending = {
  matcher: ReturnType<typeof termMatcher>;
  terms: Map<string, GlossaryTermView>;
  left: Set<string>;
};

function markString(text: string, pending: Pending): ReactNode {
  if (pending.left.size === 0) return text;
  const out: ReactNode[] = [];
  let at = 0;
  for (const match of pending.matcher.find(text, pending.left)) {
    const term = pending.terms.get(match.slug);
    if (!term || !pending.left.has(match.slug)) continue;
    pending.left.delete(match.slug);
    out.push(text.slice(at, match.start));
    out.push(
      <GlossaryTerm key={match.slug} term={term}>
        {text.slice(match.start, match.end)}
      </GlossaryTerm>,
    );
    at = match.end;
  }
  if (at === 0) return text;
  out.push(text.slice(at));
  return createElement(Fragment, null, ...out);
}

/**
 * Walks a rendered tree in reading order and marks the first use of each pending term in its
 * text. Links, headings, buttons and code are left as they are, and so are components whose
 * output cannot be seen before they render (their words are not the page's prose).
 */
function markNode(node: ReactNode, pending: Pending, skip: ReadonlySet<unknown>): ReactNode {
  if (pending.left.size === 0) return node;
  if (typeof node === "string") return markString(node, pending);
  if (Array.isArray(node)) return node.map((child) => markNode(child as ReactNode, pending, skip));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  const { type } = element;
  if (skip.has(type)) return element;
  if (typeof type !== "string" && type !== Fragment) return element;
  if (typeof type === "string" && SKIPPED.has(type)) return element;
  const children = element.props.children;
  if (children === undefined) return element;
  const marked = Children.toArray(children).map((child) => markNode(child, pending, skip));
  return cloneElement(element, undefined, ...marked);
}

function pendingFor(marks: GlossaryMarks): Pending {
  // Matched against every term, so a longer name marked earlier still wins its place.
  const terms = new Map(marks.terms.map((t) => [t.slug, t]));
  return { matcher: termMatcher(marks.terms), terms, left: new Set(marks.mark) };
}

/** A tree (such as an MDX body's) with the first use of each of `marks.mark` explained. */
export function glossTree(
  tree: ReactNode,
  marks: GlossaryMarks | undefined,
  skip: ReadonlySet<unknown> = new Set(),
): ReactNode {
  if (!marks || marks.mark.length === 0) return tree;
  return markNode(tree, pendingFor(marks), skip);
}

/** A plain string of prose (a lead, an "In short") with its first uses of terms explained. */
export function GlossedText({ text, marks }: { text: string; marks?: GlossaryMarks }) {
  return <span data-glossary-prose="">{glossTree(text, marks)}</span>;
}
