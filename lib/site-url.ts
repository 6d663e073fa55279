/**
 * The public origin of the site (canonical URLs, Open Graph, the sitemap, citations), from the
 * SITE_URL environment variable. Kept free of imports so next.config.ts, scripts and pages can
 * all read it the same way.
 */
export interface SiteUrl {
  /** The origin with no trailing slash, e.g. "https://example.org". */
  url: string;
  /** False when SITE_URL was not set and the local fallback is in use. */
  fromEnv: boolean;
}

export const SITE_URL_HELP =
  "Set SITE_URL to the site's public address, e.g. SITE_URL=https://reform-research.example.org npm run export";

/** Reads SITE_URL; a value that is not an absolute http(s) URL is an error, never guessed at. */
export function resolveSiteUrl(env: Record<string, string | undefined>): SiteUrl {
  const raw = env.SITE_URL?.trim();
  if (!raw) return { url: `http://localhost:${env.PORT?.trim() || "3000"}`, fromEnv: false };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL. ${SITE_URL_HELP}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://. ${SITE_URL_HELP}`);
  }
  // Pages are served from the root of the origin: a path, query or fragment would give wrong URLs.
  if (parsed.pathname !== "/" || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL "${raw}" must be an origin only, with no path. ${SITE_URL_HELP}`);
  }
  return { url: parsed.origin, fromEnv: true };
}

/** The one line build and start print when SITE_URL is not set. */
export function siteUrlNotice(siteUrl: SiteUrl): string | null {
  return siteUrl.fromEnv
    ? null
    : `SITE_URL is not set: links and preview images point at ${siteUrl.url} (set SITE_URL to the public address before deploying).`;
}
