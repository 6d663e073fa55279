import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { EmbedFrame } from "./frame";

/** Text made safe to write into HTML, in an element or a quoted attribute. */
export const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/**
 * The HTML another site pastes in to show an embed card: an iframe of the card on the site's
 * public address (SITE_URL), at its size, lazily loaded, with a title that says what it holds.
 */
export function iframeCode(frame: EmbedFrame, origin: string = site.url): string {
  const src = escapeHtml(absoluteUrl(frame.card, origin));
  return `<iframe src="${src}" title="${escapeHtml(frame.title)}" width="${frame.width}" height="${frame.height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
