import { Link } from "@/components/ui/link.client";
import type { ComponentProps } from "react";
import { PublisherContact, SitePublisher } from "./site-publisher";

/** What MDX authors get: internal links go through next/link; everything else is plain HTML. */
function MdxLink({ href = "", ...props }: ComponentProps<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  if (href.startsWith("#")) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}

export const mdxComponents = {
  a: MdxLink,
  /** The accessibility statement's publisher and contact, from deployment settings. */
  SitePublisher,
  PublisherContact,
} satisfies Record<string, unknown>;

/** The components that render links: a glossary mark never goes inside one. */
export const mdxLinkComponents: ReadonlySet<unknown> = new Set([MdxLink]);
