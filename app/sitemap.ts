import type { MetadataRoute } from "next";
import { getSite } from "@/lib/site-model/api";
import { absoluteUrl } from "@/lib/seo/metadata";

// Written as a static file at build (required for the static export).
export const dynamic = "force-static";

/** Every page of the site, from the one list of pages, at its canonical address (not the embed cards). */
export default function sitemap(): MetadataRoute.Sitemap {
  return getSite()
    .pages.filter((page) => !page.noindex)
    .map((page) => ({ url: absoluteUrl(page.path) }));
}
