"use client";

import { Check, Copy, Share2 } from "lucide-react";
import { useSyncExternalStore } from "react";
import { CopyAnnouncement, copyButtonStyles, useCopy } from "@/components/ui/copy-button.client";

const noSubscription = () => () => {};
/** Whether this browser offers a share sheet (the Web Share API); false while rendering on the server. */
const hasShareSheet = () => typeof navigator.share === "function";

/**
 * Hands a page to another app: the device's share sheet with the page's title and address where
 * the browser has one (the button then says "Share"), otherwise a copy of the address ("Copy
 * link"). What happened is said in a polite live region.
 */
export function ShareButton({
  url,
  title,
  copiedMessage,
  className = "",
}: {
  /** The page's canonical address, absolute. */
  url: string;
  /** The page's title, for the share sheet. */
  title?: string;
  /** Said once the address is on the clipboard: "Link to this quote copied". */
  copiedMessage: string;
  className?: string;
}) {
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => false);
  const { status, copy } = useCopy();

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
    await copy(url);
  }

  const shown = canShare ? "Share" : "Copy link";
  const Icon = status === "copied" ? Check : canShare ? Share2 : Copy;
  return (
    <>
      <button
        type="button"
        onClick={act}
        className={`${copyButtonStyles.button} print:hidden ${className}`}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {status === "copied" ? "Copied" : shown}
      </button>
      <CopyAnnouncement status={status} copiedMessage={copiedMessage} />
    </>
  );
}
