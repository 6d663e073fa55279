"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useRef, useState } from "react";

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
  className?: string;
};

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

/**
 * A button that copies a link or a citation and says so to screen readers (a polite live
 * region) and to sighted readers (the label changes for a few seconds).
 */
export function CopyButton({ value, label, name, copiedMessage, origin, className = "" }: Props) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const text = value.startsWith("/") ? `${origin ?? window.location.origin}${value}` : value;
    setStatus((await writeClipboard(text)) ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus("idle"), 4000);
  }

  const Icon = status === "copied" ? Check : Copy;
  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={name}
        className={`inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface ${className}`}
      >
        <Icon aria-hidden="true" className="size-4" />
        {status === "copied" ? "Copied" : label}
      </button>
      <span role="status" className="sr-only">
        {status === "copied" ? copiedMessage : status === "failed" ? "Could not copy" : ""}
      </span>
    </>
  );
}
