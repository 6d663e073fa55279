/**
 * The reader's brief, kept in this browser's localStorage and nowhere else: no account, nothing
 * sent. The header's count and every "Add to brief" button read it through
 * useSyncExternalStore, so this module stays tiny and imports nothing: each of them is in the
 * first load of some page. The /brief page validates what it reads (lib/brief/address.ts).
 */

export const BRIEF_STORAGE_KEY = "brief:v1";
/** Sent on this tab's window when the brief changes here ("storage" covers other tabs). */
const CHANGE_EVENT = "brief-change";
/** Kept in step with BRIEF_MAX_ITEMS in address.ts (a unit test holds them equal). */
export const STORE_MAX_ITEMS = 50;

export interface StoredBrief {
  items: string[];
  title: string;
  note: string;
}

/** The stored text, or null where there is none or storage is blocked. */
export function readStoredText(): string | null {
  try {
    return window.localStorage.getItem(BRIEF_STORAGE_KEY);
  } catch {
    return null;
  }
}

let lastText: string | null | undefined;
let lastBrief: StoredBrief = { items: [], title: "", note: "" };

/** The stored brief, parsed once per change of its text (a stable object for React). */
export function readBrief(): StoredBrief {
  const text = readStoredText();
  if (text !== lastText) {
    lastText = text;
    let value: Partial<StoredBrief> = {};
    try {
      value = text ? (JSON.parse(text) as Partial<StoredBrief>) : {};
    } catch {
      value = {};
    }
    lastBrief = {
      items: Array.isArray(value.items)
        ? value.items.filter((x) => typeof x === "string").slice(0, STORE_MAX_ITEMS)
        : [],
      title: typeof value.title === "string" ? value.title : "",
      note: typeof value.note === "string" ? value.note : "",
    };
  }
  return lastBrief;
}

/** Saves the brief (false when the browser refuses storage) and tells every reader. */
export function writeBrief(brief: StoredBrief): boolean {
  let saved = true;
  try {
    window.localStorage.setItem(BRIEF_STORAGE_KEY, JSON.stringify(brief));
  } catch {
    saved = false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return saved;
}

/** Adds the item at the end, or removes it when it is already in the brief. */
export function toggleItem(key: string): boolean {
  const brief = readBrief();
  const has = brief.items.includes(key);
  if (!has && brief.items.length >= STORE_MAX_ITEMS) return false;
  return writeBrief({
    ...brief,
    items: has ? brief.items.filter((k) => k !== key) : [...brief.items, key],
  });
}

export function subscribeBrief(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}
