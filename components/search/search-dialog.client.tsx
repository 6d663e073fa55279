"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { serializeSearchState } from "@/lib/browse/search-filter";
import { routes } from "@/lib/content/routes";
import { MAX_QUERY_LENGTH, cleanQuery } from "@/lib/text/match";
import { ResultBody } from "./result-body";
import { useSearch } from "./use-search";

/**
 * The search dialog: a native modal <dialog> (the browser traps focus, makes the page inert,
 * closes on Esc and hands focus back), with the combobox pattern inside: focus stays in the
 * box while the arrow keys move the active result and Enter opens it.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const { hits, state } = useSearch(query);
  const id = useId();
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const go = (url: string) => {
    onClose();
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.record.url);
      else if (cleanQuery(query)) go(`${routes.search()}${serializeSearchState({ q: query })}`);
    }
  };

  const status =
    state === "loading"
      ? "Loading search…"
      : state === "failed"
        ? "Search could not be loaded. Check your connection and try again."
        : query.trim() === ""
          ? "Type to search elements, findings, quotes and speakers."
          : hits.length === 0
            ? `Nothing found for “${query.trim()}”. Try fewer or shorter words, or a speaker's name.`
            : `${hits.length} result${hits.length === 1 ? "" : "s"}.`;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-auto mt-[8vh] w-[min(40rem,calc(100vw-1rem))] rounded-lg border border-line bg-canvas p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="flex items-center gap-2 border-b border-line p-3">
        <h2 id={`${id}-title`} className="sr-only">
          Search the site
        </h2>
        <input
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
          aria-autocomplete="list"
          aria-label="Search the site"
          autoFocus
          maxLength={MAX_QUERY_LENGTH}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="Search elements, findings, quotes…"
          className="min-h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink"
        />
        <button
          type="button"
          onClick={onClose}
          className="min-h-11 rounded-md border border-line px-3 text-sm font-medium"
        >
          Close
        </button>
      </div>
      <p role="status" className="px-4 pt-3 text-sm text-ink-muted">
        {status}
      </p>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Results"
        className="max-h-[60vh] overflow-y-auto p-2"
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onClick={() => go(hit.record.url)}
            onMouseMove={() => setActive(index)}
            className={`cursor-pointer rounded-md p-3 ${index === active ? "bg-accent-soft outline-2 outline-accent" : ""}`}
          >
            <ResultBody hit={hit} />
          </li>
        ))}
      </ul>
    </dialog>
  );
}
