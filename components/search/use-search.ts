"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { SearchFilters } from "@/lib/search/query";
import { type SearchEngine, loadIndex } from "./load-index";

export type IndexState = "loading" | "ready" | "failed";

/** Loads the index once and searches it; typing stays responsive through useDeferredValue. */
export function useSearch(query: string, filters: SearchFilters = {}, limit = 20) {
  const [engine, setEngine] = useState<SearchEngine>();
  const [state, setState] = useState<IndexState>("loading");
  useEffect(() => {
    let live = true;
    loadIndex().then(
      (loaded) => {
        if (!live) return;
        setEngine(loaded);
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
    () => (engine ? engine.search(engine.index, deferred, { type, speaker, element }, limit) : []),
    [engine, deferred, type, speaker, element, limit],
  );
  return { hits, state, index: engine?.index, stale: deferred !== query };
}
