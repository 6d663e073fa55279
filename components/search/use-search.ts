"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { LoadedSearchIndex } from "@/lib/search/load";
import { type SearchFilters, search } from "@/lib/search/query";
import { loadIndex } from "./load-index";

export type IndexState = "loading" | "ready" | "failed";

/** Loads the index once and searches it; typing stays responsive through useDeferredValue. */
export function useSearch(query: string, filters: SearchFilters = {}, limit = 20) {
  const [index, setIndex] = useState<LoadedSearchIndex>();
  const [state, setState] = useState<IndexState>("loading");
  useEffect(() => {
    let live = true;
    loadIndex().then(
      (loaded) => {
        if (!live) return;
        setIndex(loaded);
        setState("ready");
      },
      () => live && setState("failed"),
    );
    return () => {
      live = false;
    };
  }, []);
  const deferred = useDeferredValue(query);
  const { type, speaker, element } = filters;
  const hits = useMemo(
    () => (index ? search(index, deferred, { type, speaker, element }, limit) : []),
    [index, deferred, type, speaker, element, limit],
  );
  return { hits, state, index, stale: deferred !== query };
}
