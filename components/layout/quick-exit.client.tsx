"use client";

import { LogOut } from "lucide-react";
import { useEffect } from "react";

/** Shift pressed this many times within WINDOW_MS leaves the site (as GOV.UK's "Exit this page"). */
export const QUICK_EXIT_PRESSES = 3;
const WINDOW_MS = 2000;

function leave(url: string) {
  // replace() drops this page from the tab's history, so Back does not return to it.
  window.location.replace(url);
}

const EXIT_CLASS =
  "inline-flex min-h-10 items-center gap-2 rounded-md bg-[#8a1c1c] px-3 text-sm font-semibold text-white no-underline hover:bg-[#6e1616] hover:text-white";

/**
 * "Leave this site": at once replaces the page with a neutral one. Early in the tab order and on
 * every page; without JavaScript it is a plain link to the same place.
 */
export function QuickExit({ url }: { url: string }) {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Shift" || event.repeat) return;
      const now = event.timeStamp;
      presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
      if (presses.length >= QUICK_EXIT_PRESSES) leave(url);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [url]);

  return (
    <a
      href={url}
      rel="noreferrer"
      data-quick-exit
      onClick={(event) => {
        event.preventDefault();
        leave(url);
      }}
      className={EXIT_CLASS}
    >
      <LogOut aria-hidden="true" className="size-4" />
      Leave this site
      <span className="sr-only">
        {" "}
        ({url === "about:blank" ? "opens a blank page" : "opens another website"}; or press Shift{" "}
        {QUICK_EXIT_PRESSES} times)
      </span>
    </a>
  );
}

/**
 * "Leave this site" inside a modal dialog, where the page behind (and the header's exit with it)
 * is inert to touch and pointer. It goes where the header's exit goes: that link's address, so
 * the dialog needs no setting of its own. Shift pressed three times works there too.
 */
export function QuickExitInDialog({ className = "" }: { className?: string }) {
  return (
    <button
      type="button"
      data-quick-exit-dialog=""
      onClick={() =>
        leave(document.querySelector("a[data-quick-exit]")?.getAttribute("href") ?? "about:blank")
      }
      className={`${EXIT_CLASS} ${className}`}
    >
      <LogOut aria-hidden="true" className="size-4" />
      Leave this site
    </button>
  );
}
