"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { serializeSearchState } from "@/lib/browse/search-filter";
import { routes } from "@/lib/content/routes";
import { MAX_QUERY_LENGTH, cleanQuery } from "@/lib/text/match";
import { QuickExitInDialog } from "@/components/layout/quick-exit.client";
import { focusOnArrival } from "./focus-on-arrival";
import { ResultBody } from "./result-body";
import { SearchSummary } from "./search-summary";
import { useSearch } from "./use-search";

/**
 * The search dialog: a native modal <dialog> (the browser traps focus, makes the page inert,
 * closes on Esc and hands focus back), with the combobox pattern inside: focus stays in the
 * box while the arrow keys move the active result and Enter opens it.
 */
export function SearchDialog({
  open,
  onClose,
  onChoose,
}: {
  open: boolean;
  /** Closed with no result chosen (Esc, Close, a click outside): focus goes back to the opener. */
  onClose: () => void;
  /** A result (or the full search page) was chosen: close, leaving focus to the page that opens. */
  onChoose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const { hits, state, outcome, passages } = useSearch(query);
  const id = useId();
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The browser would focus the first control (the dialog's own "Leave this site"); the
      // search box comes first for the reader, on every opening.
      box.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const go = (url: string) => {
    onChoose();
    router.push(url);
    focusOnArrival(url);
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

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      // Esc closes the dialog itself; a close that follows `open` turning false (a result
      // chosen, or the Close button) has been handled already.
      onClose={() => open && onClose()}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-auto mt-[8vh] w-[min(40rem,calc(100vw-1rem))] rounded-lg border border-line bg-canvas p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      {/* The page behind is inert while the dialog is open, so the way out is here too. */}
      <div className="flex justify-end px-3 pt-3">
        <QuickExitInDialog />
      </div>
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
          ref={box}
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
      <SearchSummary
        className="px-4 pt-3"
        state={state}
        query={query}
        outcome={outcome}
        idle="Type to search elements, findings, quotes and speakers."
        failed="Search could not be loaded. Check your connection and try again."
        onSearch={(words) => {
          setQuery(words);
          setActive(0);
        }}
      />
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
            <ResultBody hit={hit} passages={passages[hit.id]} />
          </li>
        ))}
      </ul>
    </dialog>
  );
}
