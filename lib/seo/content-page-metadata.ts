import type { Metadata } from "next";
import { getPage } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "./metadata";

/** The metadata of a page written in content/pages (About, Accessibility), by its slug. */
export function contentPageMetadata(slug: string): Metadata {
  const page = getPage(slug);
  if (!page) return {};
  return pageMetadata({
    title: page.title,
    description: page.description,
    path: routes.page(slug),
  });
}
