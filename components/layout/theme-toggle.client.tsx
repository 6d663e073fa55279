"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Switches between light and dark; before hydration it renders a stable, labelled placeholder. */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const dark = hydrated && resolvedTheme === "dark";

  return (
    <button
      type="button"
      onClick={() => setTheme(dark ? "light" : "dark")}
      aria-pressed={hydrated ? dark : undefined}
      disabled={!hydrated}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-ink hover:bg-surface disabled:opacity-70"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      <span className="max-sm:sr-only">Dark theme</span>
    </button>
  );
}
