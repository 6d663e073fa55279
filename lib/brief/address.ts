/**
 * A brief in its address: `/brief?items=q:<quote id>,e:<element slug>,f:<finding slug>`, with
 * an optional `title` and `note`. Pure and free of imports, so the page, the store and the tests
 * share it. Nothing here knows which items exist: the page names unknown ones once it has the
 * data (resolveKeys).
 */

/** The kinds of thing a brief can hold, by the letter that marks them in a key ("q:…"). */
export const BRIEF_KINDS = { q: "quote", e: "element", f: "finding" } as const;
export type BriefKindLetter = keyof typeof BRIEF_KINDS;
export type BriefKind = (typeof BRIEF_KINDS)[BriefKindLetter];

/** "q:burns-change-is-possible": the letter of its kind and its id or slug. */
export type BriefKey = `${BriefKindLetter}:${string}`;

/** At most this many items in a brief, from the address or added one by one. */
export const BRIEF_MAX_ITEMS = 50;
/** The reader's own title and note are cut to these lengths, so an address stays sane. */
export const BRIEF_MAX_TITLE = 200;
export const BRIEF_MAX_NOTE = 2000;

const KEY_PATTERN = /^[qef]:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isBriefKey = (value: string): value is BriefKey => KEY_PATTERN.test(value);

export const briefKey = (kind: BriefKind, id: string): BriefKey =>
  `${kind === "quote" ? "q" : kind === "element" ? "e" : "f"}:${id}`;

/** What the reader chose: the items in their order, and their own title and note. */
export interface BriefState {
  items: BriefKey[];
  title: string;
  note: string;
}

export const emptyBrief = (): BriefState => ({ items: [], title: "", note: "" });

/** What reading an address found, besides the brief: what was skipped, and why. */
export interface ParsedBrief extends BriefState {
  /** Entries that are not of the form `q:<id>`, `e:<slug>` or `f:<slug>`, as written. */
  malformed: string[];
  /** How many items the address listed beyond the cap (0 when none). */
  dropped: number;
  /** The address asked for a brief (it had an `items` parameter), even an empty one. */
  present: boolean;
}

const clip = (text: string, max: number) => text.trim().slice(0, max);

/** The brief in an address's query (`?items=…&title=…&note=…`, with or without the `?`). */
export function parseBriefQuery(query: string | URLSearchParams): ParsedBrief {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const raw = params.get("items");
  const malformed: string[] = [];
  const items: BriefKey[] = [];
  for (const entry of (raw ?? "").split(",")) {
    const value = entry.trim();
    if (value === "") continue;
    if (!isBriefKey(value)) malformed.push(value);
    else if (!items.includes(value)) items.push(value);
  }
  return {
    items: items.slice(0, BRIEF_MAX_ITEMS),
    title: clip(params.get("title") ?? "", BRIEF_MAX_TITLE),
    note: clip(params.get("note") ?? "", BRIEF_MAX_NOTE),
    malformed,
    dropped: Math.max(0, items.length - BRIEF_MAX_ITEMS),
    present: raw !== null,
  };
}

/**
 * The query that opens the same brief: `items=q:a,e:b` (commas and colons left as they are, so
 * the address reads as written) then `title` and `note` where set.
 */
export function serializeBriefQuery(brief: BriefState): string {
  const parts = [`items=${brief.items.slice(0, BRIEF_MAX_ITEMS).join(",")}`];
  const title = clip(brief.title, BRIEF_MAX_TITLE);
  const note = clip(brief.note, BRIEF_MAX_NOTE);
  if (title) parts.push(`title=${encodeURIComponent(title)}`);
  if (note) parts.push(`note=${encodeURIComponent(note)}`);
  return `?${parts.join("&")}`;
}

/** The keys the data knows, in order, and the ones it does not, named for the reader. */
export function resolveKeys<T>(
  keys: readonly BriefKey[],
  known: (key: BriefKey) => T | undefined,
): { found: T[]; unknown: BriefKey[] } {
  const found: T[] = [];
  const unknown: BriefKey[] = [];
  for (const key of keys) {
    const item = known(key);
    if (item === undefined) unknown.push(key);
    else found.push(item);
  }
  return { found, unknown };
}

/** A brief read from storage or elsewhere, made safe: only well-formed keys, each once, capped. */
export function sanitizeBrief(value: unknown): BriefState {
  if (typeof value !== "object" || value === null) return emptyBrief();
  const v = value as Record<string, unknown>;
  const items = Array.isArray(v.items)
    ? [...new Set(v.items.filter((x): x is BriefKey => typeof x === "string" && isBriefKey(x)))]
    : [];
  return {
    items: items.slice(0, BRIEF_MAX_ITEMS),
    // Not trimmed: the reader may be typing a space.
    title: typeof v.title === "string" ? v.title.slice(0, BRIEF_MAX_TITLE) : "",
    note: typeof v.note === "string" ? v.note.slice(0, BRIEF_MAX_NOTE) : "",
  };
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves it as it is. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1) as [T];
  next.splice(to, 0, item);
  return next;
}
