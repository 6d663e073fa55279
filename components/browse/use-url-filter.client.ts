"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Reads the page's query string and writes it back through the History API, which Next keeps in
 * step with useSearchParams: `push` adds an entry that Back undoes; `replace` (while typing)
 * does not. Works in a static export, where the server never sees the query.
 */
export function useUrlFilter<T>(
  parse: (params: URLSearchParams) => T,
  serialize: (filter: T) => string,
) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filter = parse(new URLSearchParams(params.toString()));
  const setFilter = useCallback(
    (next: T, mode: "push" | "replace" = "push") => {
      const url = `${pathname}${serialize(next)}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname, serialize],
  );
  return [filter, setFilter] as const;
}
