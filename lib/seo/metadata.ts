import type { Metadata } from "next";
import { site } from "@/lib/site";

export interface PageMetaInput {
  /** The page's own title; the layout's template adds the site name after it. */
  title: string;
  description: string;
  /** The page's path on the site, from lib/content/routes.ts. */
  path: string;
  /** "article" for a page about one thing (an element, a finding, a quote). */
  type?: "website" | "article";
  /** Use the title as it is, without the site name (the home page). */
  absoluteTitle?: boolean;
}

/** A path on the site as a full URL on the public origin (SITE_URL). */
export function absoluteUrl(path: string, origin: string = site.url): string {
  if (!path.startsWith("/")) throw new Error(`"${path}" is not a site path (it must start with /)`);
  return `${origin}${path}`;
}

/**
 * Every page's metadata, built one way: title (through the layout's template), description, the
 * canonical URL on SITE_URL, Open Graph and a large-image Twitter card. The preview image itself
 * comes from the nearest opengraph-image file, which Next adds to both.
 */
export function pageMetadata(page: PageMetaInput, origin: string = site.url): Metadata {
  const url = absoluteUrl(page.path, origin);
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      siteName: site.name,
      locale: "en_GB",
      type: page.type ?? "website",
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description },
  };
}
