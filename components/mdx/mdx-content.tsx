import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import type { GlossaryMarks } from "@/components/glossary/glossed";
import { glossTree } from "@/components/glossary/glossed";
import { mdxComponents, mdxLinkComponents } from "./mdx-components";

type MdxComponent = ReturnType<typeof getMDXComponent>;

/** One component per compiled body, made once per process rather than on every render. */
const componentCache = new Map<string, MdxComponent>();

function mdxComponentFor(code: string): MdxComponent {
  let component = componentCache.get(code);
  if (!component) {
    component = getMDXComponent(code);
    componentCache.set(code, component);
  }
  return component;
}

/**
 * Renders a body compiled at build time by lib/content/compile.ts. With `glossary`, the first use
 * of each term it names is explained in place: the body's tree is made here (an MDX body is a
 * plain function of its components) so that its text can be read in order before it renders.
 */
export function MdxContent({
  code,
  className = "",
  glossary,
}: {
  code: string;
  className?: string;
  glossary?: GlossaryMarks;
}) {
  const Body = mdxComponentFor(code);
  // The component comes from the cache above, so its identity is stable across renders; the
  // lint rule cannot see that through a function call in JSX, hence createElement.
  const body =
    glossary && glossary.mark.length > 0
      ? glossTree(Body({ components: mdxComponents }), glossary, mdxLinkComponents)
      : createElement(Body, { components: mdxComponents });
  // Marked as prose, where tests/e2e/glossary.spec.ts checks that each term's first use is explained.
  return (
    <div data-glossary-prose="" className={`prose max-w-none ${className}`}>
      {body}
    </div>
  );
}
