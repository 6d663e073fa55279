/**
 * What an embedding site needs to know to frame an embed card (lib/embed/card.ts): its title and
 * its size. Worked out from the words alone, so the site model can carry them for every page.
 */

/** The iframe's width, in CSS pixels: a card fits a column of an article. */
export const EMBED_WIDTH = 500;

/** An embed card as the page it belongs to announces it. */
export interface EmbedFrame {
  /** The card's address. */
  card: string;
  /** Its oEmbed document's address. */
  oembed: string;
  /** For the iframe's title attribute and the oEmbed title: what the card holds. */
  title: string;
  width: number;
  height: number;
}

/** The discovery link's type, as the oEmbed spec names it. */
export const OEMBED_JSON_TYPE = "application/json+oembed";

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
const roundUp = (height: number) => Math.ceil(height / 10) * 10;

/**
 * Heights that fit the card at EMBED_WIDTH without scrolling: the lines around the words and
 * the words' own lines, estimated from their length at the card's type sizes (measured in
 * Chromium with DejaVu Sans, one of the wider system fonts, so narrower fonts leave a little
 * room below). A narrower frame scrolls inside the card rather than cutting it off.
 */
export const embedHeight = {
  quote: (text: string, speakerLine: string) =>
    roundUp(216 + lines(text, 44) * 26 + lines(speakerLine, 52) * 24),
  element: (title: string, summary: string, wording: string) =>
    roundUp(260 + lines(title, 38) * 26 + lines(summary, 50) * 24 + lines(wording, 46) * 24),
};

export const embedTitle = {
  quote: (pageTitle: string) => `Quote: ${pageTitle}`,
  element: (title: string, number: number, count: number) =>
    `Key element ${number} of ${count}: ${title}`,
};
