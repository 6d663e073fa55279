/** One HTTP header, as next.config.ts and lib/security-headers.ts give them. */
export interface Header {
  key: string;
  value: string;
}

/**
 * The paths of preview images: the export writes them without a file extension, so a host would
 * otherwise guess application/octet-stream and link previews would not show them.
 */
export const previewImagePatterns = [
  "/opengraph-image",
  "/elements/*/opengraph-image",
  "/quotes/*/opengraph-image",
];

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read): the security headers on
 * every path, and the right content type on the preview images.
 */
export function hostHeadersFile(headers: readonly Header[]): string {
  const block = (pattern: string, lines: readonly Header[]) =>
    [pattern, ...lines.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  return (
    [
      block("/*", headers),
      ...previewImagePatterns.map((p) => block(p, [{ key: "Content-Type", value: "image/png" }])),
    ].join("\n\n") + "\n"
  );
}
