/**
 * Text rules for preview images. The images are drawn with Inter's Latin subset
 * (lib/og/fonts.ts); a character outside it would make the renderer try to fetch a fallback font
 * from the internet at build time and draw nothing, so content is checked against this range.
 */
const covered: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
];

/** Characters in `text` that the preview images' font cannot draw. */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char !== "\n" && !covered.some(([from, to]) => code >= from && code <= to)) {
      missing.add(char);
    }
  }
  return [...missing];
}

/**
 * The font size (px) for a quote on a 1200×630 card: large for a short quote, smaller for a long
 * one, never below 30 px, which keeps about 560 characters on the card and legible as a thumbnail.
 */
export function quoteFontSize(length: number): number {
  if (length <= 90) return 60;
  if (length <= 160) return 52;
  if (length <= 240) return 46;
  if (length <= 340) return 40;
  if (length <= 460) return 34;
  return 30;
}

/** The font size (px) for a finding's summary under its title: smaller as it gets longer. */
export function summaryFontSize(length: number): number {
  if (length <= 160) return 32;
  if (length <= 260) return 28;
  return 26;
}
