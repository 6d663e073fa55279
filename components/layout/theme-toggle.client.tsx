"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

const choices = [
  { value: "system", label: "System", icon: Monitor },
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
] as const;

/**
 * Cycles the theme through system, light and dark, and names the current choice on every width
 * (its icon and its word). The choice is only known in the browser, so until hydration it
 * renders a stable, labelled placeholder.
 */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const index = hydrated
    ? Math.max(
        0,
        choices.findIndex((c) => c.value === theme),
      )
    : 0;
  const current = choices[index] ?? choices[0];
  const next = choices[(index + 1) % choices.length] ?? choices[0];
  const Icon = current.icon;

  return (
    <button
      type="button"
      onClick={() => setTheme(next.value)}
      disabled={!hydrated}
      title={hydrated ? `Theme: ${current.label}. Choose ${next.label.toLowerCase()}` : undefined}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-line px-2.5 text-sm font-medium text-ink hover:bg-surface-strong disabled:opacity-70"
    >
      <Icon aria-hidden="true" className="size-5" />
      {/* The current choice is named on every width: "Theme: Light" to a screen reader. */}
      {hydrated ? <span className="sr-only">Theme: </span> : null}
      <span>{hydrated ? current.label : "Theme"}</span>
    </button>
  );
}
