/** An address as written anywhere: no scheme, no leading "www.", no trailing slash or stop. */
export function comparableUrl(url: string): string {
  return url
    .trim()
    .replace(/[.,;:)]+$/, "")
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/$/, "")
    .toLowerCase();
}

/** Every http(s) address in a text, as comparableUrl gives it. */
export function urlsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/https?:\/\/[^\s<>"'`]+/gi)].map(([url]) => comparableUrl(url)));
}

/**
 * The sources whose address is in none of the checked texts: an address written from memory,
 * which must not reach the site.
 */
export function unbackedSources<T extends { slug: string; url: string }>(
  sources: readonly T[],
  checkedTexts: readonly string[],
): T[] {
  const known = new Set(checkedTexts.flatMap((text) => [...urlsIn(text)]));
  return sources.filter((source) => !known.has(comparableUrl(source.url)));
}
