import { routePatterns } from "@/lib/content/routes";
import { fileHeaders } from "@/lib/data/file-headers";

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
 * A `_headers` file (the format Netlify and Cloudflare Pages read): the security headers on
 * every path, a year's caching for hashed assets, and the right content type on the preview
 * images and the files to download.
 */
export function hostHeadersFile(headers: readonly Header[]): string {
  const block = (pattern: string, lines: readonly Header[]) =>
    [pattern, ...lines.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return (
    [
      block("/*", headers),
      block(cacheHeaders.hashedAssets.pattern, [
        { key: "Cache-Control", value: cacheHeaders.hashedAssets.value },
      ]),
      ...previewImagePatterns.map((p) => block(p, [{ key: "Content-Type", value: "image/png" }])),
      ...Object.values(fileHeaders).map(({ path, headers }) =>
        block(
          path,
          Object.entries(headers).map(([key, value]) => ({ key, value })),
        ),
      ),
    ].join("\n\n") + "\n"
  );
}
