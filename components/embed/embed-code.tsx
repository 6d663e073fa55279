import { DisclosureChevron, disclosureSummaryClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button.client";
import type { EmbedFrame } from "@/lib/embed/frame";
import { iframeCode } from "@/lib/embed/iframe";

/**
 * "Embed": a disclosure with the HTML another site pastes in to show this quote or key element
 * as a card (its words, who said them or the release's wording, the source and a link back),
 * and a button that copies it. No script of its own: the disclosure is a <details> element.
 */
export function EmbedCode({
  embed,
  what,
  className = "",
}: {
  embed: EmbedFrame | undefined;
  /** "quote" or "key element", for the words around the code. */
  what: string;
  className?: string;
}) {
  if (!embed) return null;
  const code = iframeCode(embed);
  return (
    <details className={`group max-w-3xl print:hidden ${className}`}>
      <summary className={disclosureSummaryClass}>
        Embed this {what}
        <DisclosureChevron />
      </summary>
      <div className="mt-3 space-y-3 rounded-lg border border-line bg-surface p-4">
        <p className="text-sm text-ink-muted">
          To show this {what} on your own web page, with its source and a link back here, copy this
          code into the page&rsquo;s HTML:
        </p>
        <pre className="overflow-x-auto rounded-md bg-canvas p-3 text-xs break-all whitespace-pre-wrap">
          <code>{code}</code>
        </pre>
        <CopyButton value={code} label="Copy embed code" copiedMessage="Embed code copied" />
      </div>
    </details>
  );
}
