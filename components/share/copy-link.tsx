import { CopyButton } from "@/components/ui/copy-button.client";
import { site } from "@/lib/site";

/**
 * Copies the canonical address of a page (or a section of it) on the public site, whichever
 * address the reader is on, and announces it to screen readers.
 */
export function CopyLink({
  path,
  what,
  className,
}: {
  path: string;
  what: string;
  className?: string;
}) {
  return (
    <CopyButton
      value={path}
      origin={site.url}
      label="Copy link"
      copiedMessage={`Link to this ${what} copied`}
      className={`print:hidden ${className ?? ""}`}
    />
  );
}
