"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useRef, useState } from "react";

/** Writes to the clipboard, with a fallback for browsers that deny it to the page. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

type CopyStatus = "idle" | "copied" | "failed";

/**
 * Copying with its outcome, shown for a few seconds: the one way the site's copy and share
 * buttons copy and say so.
 */
export function useCopy(): { status: CopyStatus; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  async function copy(text: string) {
    setStatus((await writeClipboard(text)) ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus("idle"), 4000);
  }
  return { status, copy };
}

/** What a copy did, said politely to screen readers. */
export function CopyAnnouncement({
  status,
  copiedMessage,
}: {
  status: CopyStatus;
  copiedMessage: string;
}) {
  return (
    <span role="status" className="sr-only">
      {status === "copied" ? copiedMessage : status === "failed" ? "Could not copy" : ""}
    </span>
  );
}

export const copyButtonStyles = {
  button:
    "inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface",
  quiet:
    "inline-flex min-h-8 items-center gap-1.5 rounded-sm text-sm text-accent underline underline-offset-4 hover:text-accent-strong",
};

type Props = {
  /** What to copy. A path starting with "/" is copied as a full URL on the site's origin. */
  value: string;
  /** The button's visible label, e.g. "Copy link". */
  label: string;
  /**
   * A fuller accessible name where several such buttons share a page; it must begin with the
   * visible label ("Copy link to quote 3 by …").
   */
  name?: string;
  /** What was copied, for the announcement: "Link to this quote copied". */
  copiedMessage: string;
  /** Where a relative `value` should resolve; defaults to the page's own origin. */
  origin?: string;
  /** A bordered button, or a quiet one that reads like a link in a row of links. */
  variant?: keyof typeof copyButtonStyles;
  className?: string;
};

/**
 * A button that copies a link, a citation or a quote and says so to screen readers (a polite
 * live region) and to sighted readers (the label changes for a few seconds).
 */
export function CopyButton({
  value,
  label,
  name,
  copiedMessage,
  origin,
  variant = "button",
  className = "",
}: Props) {
  const { status, copy } = useCopy();
  const Icon = status === "copied" ? Check : Copy;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          copy(value.startsWith("/") ? `${origin ?? window.location.origin}${value}` : value)
        }
        aria-label={name}
        className={`${copyButtonStyles[variant]} print:hidden ${className}`}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {status === "copied" ? "Copied" : label}
      </button>
      <CopyAnnouncement status={status} copiedMessage={copiedMessage} />
    </>
  );
}
