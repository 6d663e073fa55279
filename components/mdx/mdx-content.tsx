import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { mdxComponents } from "./mdx-components";

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

/** Renders a body compiled at build time by lib/content/compile.ts. */
export function MdxContent({ code, className = "" }: { code: string; className?: string }) {
  // The component comes from the cache above, so its identity is stable across renders; the
  // lint rule cannot see that through a function call in JSX, hence createElement.
  return (
    <div className={`prose max-w-none ${className}`}>
      {createElement(mdxComponentFor(code), { components: mdxComponents })}
    </div>
  );
}
