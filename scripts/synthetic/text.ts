/**
 * Deterministic made-up text for scale tests: a seeded generator and a Zipf-like vocabulary of
 * report words plus invented ones, so every run writes the same corpus.
 */

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseWords =
  "children families services reform research evidence workforce leadership poverty relationships rights participation legislation policy structures local national support partnership collaboration outcomes practice wellbeing protection care community integration budget council health education housing inspection strategy implementation accountability governance transformation early intervention prevention trauma informed stigmatising long-term decision-makers third-sector improvement wellbeing resilience capacity funding commissioning".split(
    " ",
  );
const syllables = ["ka", "lo", "mi", "ren", "sta", "vel", "dor", "qui", "pra", "ton", "sel", "mar"];

/** About 4,000 words: the report's vocabulary first, then invented words. */
export function vocabulary(next: () => number, size = 4000): string[] {
  const words = [...baseWords];
  while (words.length < size) {
    const length = 2 + Math.floor(next() * 3);
    let word = "";
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.push(word);
  }
  return words;
}

/** Picks words with a Zipf-like skew: the first words of the vocabulary come up most. */
export function wordPicker(words: readonly string[], next: () => number): () => string {
  return () => words[Math.floor(words.length * next() ** 2.5)] ?? "";
}

/** A sentence of `count` picked words, capitalised, with a full stop. */
export function sentence(pick: () => string, count: number): string {
  const text = Array.from({ length: count }, pick).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
