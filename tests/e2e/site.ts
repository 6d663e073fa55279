import { readContentBundle } from "../../lib/content/bundle";
import { listSitePages, type SitePage } from "../../lib/site-model/model";
import { resolveSiteUrl } from "../../lib/site-url";

/** The origin the build under test was made with: SITE_URL, or the local fallback. */
export const siteOrigin = resolveSiteUrl(process.env).url;

/** Every page, from the one list of pages (never a hand-kept list). */
export const sitePages: SitePage[] = listSitePages(readContentBundle());

export const pagesOfKind = (kind: SitePage["kind"]) => sitePages.filter((p) => p.kind === kind);

/** The pages the sitemap lists and search engines may index: all but the embed cards. */
export const listedPages: SitePage[] = sitePages.filter((p) => !p.noindex);

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The value of a <meta property|name="…" content="…"> in an HTML string. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1]?.replaceAll("&amp;", "&");
}

export function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
}

/** The JSON-LD objects in a page. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? "null") as Record<string, unknown>,
  );
}
