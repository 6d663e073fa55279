import type { MetadataRoute } from "next";
import { routes } from "@/lib/content/routes";
import { absoluteUrl } from "@/lib/seo/metadata";

export const dynamic = "force-static";

/** Every page may be indexed; the sitemap lists them. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl(routes.sitemap()) };
}
