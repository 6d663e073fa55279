"use client";

import { usePathname } from "next/navigation";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";

/** Fired after this hook changes the address, as the History API itself fires nothing. */
const CHANGE = "url-filter-change";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const clientQuery = () => window.location.search;
/** The server, and the first render in the browser, show the unfiltered list. */
const serverQuery = () => "";

/**
 * The one URL-state layer of /quotes, /findings and /search (parsing and writing in
 * lib/browse/). Reads the page's query string and writes it back through the History API: `push`
 * adds an entry that Back undoes; `replace` (while typing) does not. Works in a static export,
 * where the server never sees the query. It reads the address itself rather than through
 * useSearchParams (or nuqs, which reads through it), which would make Next render the whole
 * browser in the browser, replacing the server's list (a long task on a phone): here the
 * server's unfiltered list is hydrated as it is, and a filter in the address applies just after.
 */
export function useUrlFilter<T>(
  parse: (params: URLSearchParams) => T,
  serialize: (filter: T) => string,
) {
  const query = useSyncExternalStore(subscribe, clientQuery, serverQuery);
  const pathname = usePathname();
  const filter = useMemo(() => parse(new URLSearchParams(query)), [parse, query]);
  const setFilter = useCallback(
    (next: T, mode: "push" | "replace" = "push") => {
      const url = `${pathname}${serialize(next)}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      window.dispatchEvent(new Event(CHANGE));
    },
    [pathname, serialize],
  );
  return [filter, setFilter] as const;
}

/**
 * A words box's own state, so typing is never held up by the address update; it follows the
 * address when that changes some other way (Back, a link, clearing the filters).
 */
export function useTypedText(fromUrl: string) {
  const [text, setText] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  if (fromUrl !== seen) {
    setSeen(fromUrl);
    setText(fromUrl);
  }
  const type = useCallback((value: string) => {
    setText(value);
    setSeen(value.trim());
  }, []);
  return [text, type] as const;
}

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page's JavaScript runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
