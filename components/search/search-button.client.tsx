"use client";

import { Search } from "lucide-react";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { loadIndex } from "./load-index";

// The dialog, flexsearch and the index are separate chunks, fetched on first use only.
const SearchDialog = lazy(() =>
  import("./search-dialog.client").then((module) => ({ default: module.SearchDialog })),
);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The header's search button; Ctrl/Cmd+K and "/" open the dialog from anywhere. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const prefetch = useCallback(() => {
    setUsed(true);
    loadIndex().catch(() => undefined);
  }, []);
  const show = useCallback(() => {
    prefetch();
    setOpen(true);
  }, [prefetch]);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  // A chosen result moves focus to the page it opens (focus-on-arrival.ts), not back here.
  const choose = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const combo = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
      if (combo || (event.key === "/" && !isTyping(event.target))) {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [show]);

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={show}
        onMouseEnter={prefetch}
        onFocus={prefetch}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-haspopup="dialog"
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-ink hover:bg-surface"
      >
        <Search aria-hidden="true" className="size-4" />
        <span className="max-sm:sr-only">Search</span>
      </button>
      {used ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={close} onChoose={choose} />
        </Suspense>
      ) : null}
    </>
  );
}
