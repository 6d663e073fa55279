import { routePatterns } from "@/lib/content/routes";
import { fileHeaders } from "@/lib/data/file-headers";
import { markdownContentType } from "@/lib/markdown/site";
import { embedSecurityHeaders, securityHeaders } from "@/lib/security-headers";

/** One HTTP header, as next.config.ts and lib/security-headers.ts give them. */
export interface Header {
  key: string;
  value: string;
}

/**
 * The paths of preview images: the export writes them without a file extension, so a host would
 * otherwise guess application/octet-stream and link previews would not show them.
 */
export const previewImagePatterns = routePatterns.previewImages;

/**
 * Files under /_next/static have the build's hash in their names and never change, so browsers
 * and CDNs may keep them a year. Pages are left to the host's default (Netlify and Cloudflare
 * Pages both have browsers check again each time, cheaply, by ETag): hosts join the values of a
 * header that two rules set, so a second Cache-Control on every path would contradict this one.
 */
export const cacheHeaders = {
  hashedAssets: { pattern: "/_next/static/*", value: "public, max-age=31536000, immutable" },
} as const;

/**
 * The embed cards' rule: their own policy (any site may frame them), noindex and, since the
 * export writes them as files with no extension, their content type. Hosts that read `_headers` as Netlify
 * does give a path the most specific rule's value of a header, so this policy replaces the
 * site-wide one there; browsers ignore X-Frame-Options when a policy has frame-ancestors.
 */
export function embedHeaders(): Header[] {
  const siteWide = securityHeaders();
  // Only what differs from the site-wide rule, which also applies here.
  const own = embedSecurityHeaders().filter(
    (h) => !siteWide.some((s) => s.key === h.key && s.value === h.value),
  );
  return [...own, { key: "Content-Type", value: "text/html; charset=utf-8" }];
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read): the security headers on
 * every path, the embed cards' own policy under /embed/, a year's caching for hashed assets,
 * and the right content type on the preview images and the files to download.
 */
export function hostHeadersFile(
  headers: readonly Header[],
  embeds: readonly Header[] = embedHeaders(),
): string {
  const block = (pattern: string, lines: readonly Header[]) =>
    [pattern, ...lines.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return (
    [
      block("/*", headers),
      block(routePatterns.embeds, embeds),
      block(cacheHeaders.hashedAssets.pattern, [
        { key: "Cache-Control", value: cacheHeaders.hashedAssets.value },
      ]),
      ...previewImagePatterns.map((p) => block(p, [{ key: "Content-Type", value: "image/png" }])),
      block(routePatterns.markdown, [{ key: "Content-Type", value: markdownContentType }]),
      ...Object.values(fileHeaders).map(({ path, headers }) =>
        block(
          path,
          Object.entries(headers).map(([key, value]) => ({ key, value })),
        ),
      ),
    ].join("\n\n") + "\n"
  );
}
