import { Link } from "@/components/ui/link.client";
import type { ComponentProps } from "react";

/** What MDX authors get: internal links go through next/link; everything else is plain HTML. */
function MdxLink({ href = "", ...props }: ComponentProps<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  if (href.startsWith("#")) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}

export const mdxComponents = {
  a: MdxLink,
} satisfies Record<string, unknown>;
