"use client";

import { Check, Copy, Share2 } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { writeClipboard } from "@/components/ui/copy-button.client";

const noSubscription = () => () => {};
/** Whether this browser offers a share sheet (the Web Share API); false while rendering on the server. */
const hasShareSheet = () => typeof navigator.share === "function";

const styles = {
  button:
    "inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface",
  quiet:
    "inline-flex min-h-8 items-center gap-1.5 rounded-sm text-sm text-accent underline underline-offset-4 hover:text-accent-strong",
};

/**
 * Hands a page to another app: the device's share sheet with the page's title and address where
 * the browser has one (the button then says "Share"), otherwise a copy of the address ("Copy
 * link"). What happened is said in a polite live region. With `text`, it copies that text
 * instead and never offers the share sheet ("Copy quote with attribution").
 */
export function ShareButton({
  url,
  title,
  text,
  label,
  detail,
  copiedMessage,
  variant = "button",
  className = "",
}: {
  /** The page's canonical address, absolute. */
  url: string;
  /** The page's title, for the share sheet. */
  title?: string;
  /** Copy this instead of the address, without a share sheet. */
  text?: string;
  /** The visible label of a copy-only button (with `text`). */
  label?: string;
  /** Words after the label in its accessible name, where several such buttons share a page. */
  detail?: string;
  /** Said once the address or text is on the clipboard: "Link to this quote copied". */
  copiedMessage: string;
  variant?: keyof typeof styles;
  className?: string;
}) {
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => false) && !text;
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function act() {
    if (canShare) {
      try {
        await navigator.share(title ? { title, url } : { url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    setStatus((await writeClipboard(text ?? url)) ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus("idle"), 4000);
  }

  const shown = label ?? (canShare ? "Share" : "Copy link");
  const Icon = status === "copied" ? Check : canShare ? Share2 : Copy;
  return (
    <>
      <button
        type="button"
        onClick={act}
        aria-label={detail ? `${shown} ${detail}` : undefined}
        className={`${styles[variant]} print:hidden ${className}`}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {status === "copied" ? "Copied" : shown}
      </button>
      <span role="status" className="sr-only">
        {status === "copied" ? copiedMessage : status === "failed" ? "Could not copy" : ""}
      </span>
    </>
  );
}
