"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button.client";
import { harvardDate } from "@/lib/citation";

const noSubscription = () => () => {};
const accessedToday = () =>
  ` (Accessed: ${harvardDate(new Date().toISOString().slice(0, 10)).full})`;

/**
 * The Harvard reference, built at build time without an access date; once the page runs in the
 * reader's browser, today's date is added, since Harvard asks for the day the page was seen.
 */
export function CitationBlock({ citation }: { citation: string }) {
  // "" on the server and while hydrating, today's date once the page runs in the browser.
  const accessed = useSyncExternalStore(noSubscription, accessedToday, () => "");
  const text = citation.replace(/\.$/, `${accessed}.`);
  return (
    <div className="space-y-3">
      <p className="rounded-md border border-line bg-surface p-4 break-words">{text}</p>
      <CopyButton value={text} label="Copy citation" copiedMessage="Citation copied" />
    </div>
  );
}
