/**
 * The URL state both browsers share (quotes and findings): a few named filters read from and
 * written to the query string, and checked against the values the site knows.
 */
export type UrlFilter<K extends string> = Partial<Record<K, string>>;

/** URL → state: each key once, trimmed; empty values count as no filter. */
export function parseUrlFilter<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
): UrlFilter<K> {
  const filter: UrlFilter<K> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** State → URL query: keys in a fixed order, empty filters left out ("" for no filter). */
export function serializeUrlFilter<K extends string>(
  filter: UrlFilter<K>,
  keys: readonly K[],
): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * Splits a filter into the part that names known values and the values that name nothing,
 * for a clear message. Keys without a list of known values (free text) are kept as they are.
 */
export function validateUrlFilter<K extends string, C extends K>(
  filter: UrlFilter<K>,
  known: Record<C, readonly string[]>,
): { filter: UrlFilter<K>; unknown: { key: C; value: string }[] } {
  const valid: UrlFilter<K> = { ...filter };
  const unknown: { key: C; value: string }[] = [];
  for (const key of Object.keys(known) as C[]) {
    const value = filter[key];
    if (value && !known[key].includes(value)) {
      unknown.push({ key, value });
      delete valid[key];
    }
  }
  return { filter: valid, unknown };
}
