"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { SearchFilters } from "@/lib/search/query";
import { type SearchEngine, loadIndex } from "./load-index";

export type IndexState = "loading" | "ready" | "failed";

/**
 * Loads the index once and searches it; typing stays responsive through useDeferredValue. The
 * text of the results shown (and of those a quoted phrase must be checked in) is fetched after
 * them, and the search runs again once it is here.
 */
export function useSearch(query: string, filters: SearchFilters = {}, limit = 20) {
  const [engine, setEngine] = useState<SearchEngine>();
  const [state, setState] = useState<IndexState>("loading");
  const [texts, setTexts] = useState(0);
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
  const outcome = useMemo(
    () =>
      engine ? engine.run(engine.index, deferred, { type, speaker, element }, limit) : undefined,
    // `texts` counts the text chunks that have arrived: each may change snippets and phrases.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, deferred, type, speaker, element, limit, texts],
  );
  useEffect(() => {
    if (!engine || !outcome) return;
    let live = true;
    engine.loadText(outcome.wantsText).then(
      (added) => live && added && setTexts((count) => count + 1),
      // Without its text a result still shows its title; the next search tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [engine, outcome]);
  return {
    outcome,
    hits: outcome?.hits ?? [],
    state,
    passages: engine?.index.passages ?? [],
    stale: deferred !== query,
  };
}
