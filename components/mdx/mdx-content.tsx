import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./mdx-components";

/** Renders a body compiled at build time by lib/content/compile.ts. */
export function MdxContent({ code, className = "" }: { code: string; className?: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className={`prose prose-lg max-w-none ${className}`}>
      <Content components={mdxComponents} />
    </div>
  );
}
