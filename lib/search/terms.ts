import { ONE_TYPO_MAX_LENGTH, TYPO_MIN_LENGTH } from "./definition";

// Queries are cleaned and split into words by lib/text/match.ts, as the filters read them too.

/**
 * How many typos a word of the query tolerates: none under TYPO_MIN_LENGTH letters, one up to
 * ONE_TYPO_MAX_LENGTH, two beyond (as DocSearch and Algolia count them).
 */
export function typoTolerance(word: string): number {
  const letters = [...word].length;
  if (letters < TYPO_MIN_LENGTH) return 0;
  return letters <= ONE_TYPO_MAX_LENGTH ? 1 : 2;
}

// Rows of the distance table, reused between calls: no allocation per word compared.
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/**
 * The number of insertions, deletions, substitutions and swaps of neighbouring letters between
 * two words (optimal string alignment), or `max + 1` as soon as it must be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if ((rows[0]?.length ?? 0) <= m) rows = [0, 1, 2].map(() => new Int32Array(m + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        letter === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[m]!, max + 1);
}

/** True when b is at most one insertion, deletion, substitution or swap of neighbours from a. */
export function withinOneEdit(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}

/**
 * The words an index holds, from its own export (lib/search/load.ts): every form of every word
 * of the titles, text, keywords, names and roles, sorted (for starts of words), each with how
 * many records hold it (to prefer common words when correcting a typo), the fields that hold it
 * and the letters it uses (to rule words out quickly when looking for the nearest).
 */
export interface Vocabulary {
  sorted: string[];
  counts: ReadonlyMap<string, number>;
  /** The fields that hold each word, one bit each in the order of indexedFields. */
  fields: ReadonlyMap<string, number>;
  /** letterMask of each word of `sorted`. */
  masks: Int32Array;
  /** The places in `sorted` of the words of each length: a typo changes the length by little. */
  byLength: readonly (readonly number[] | undefined)[];
}

/** The vocabulary's lookup tables, from its words and how many records hold each. */
export function vocabularyOf(
  counts: ReadonlyMap<string, number>,
  fields: ReadonlyMap<string, number>,
): Vocabulary {
  const sorted = [...counts.keys()].sort();
  const byLength: number[][] = [];
  sorted.forEach((word, i) => (byLength[word.length] ??= []).push(i));
  return { sorted, counts, fields, masks: Int32Array.from(sorted, letterMask), byLength };
}

/** The letters a word uses, one bit each (a–z, then the rest folded into a few bits). */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The word of the vocabulary nearest to `word`, at most `max` edits away: the fewest edits,
 * then the word more records hold, then the one with the same first letter, then the first in
 * alphabetical order. `allowed` leaves words out (words that carry no meaning, numbers).
 */
export function nearestWord(
  vocabulary: Vocabulary,
  word: string,
  max: number,
  allowed: (candidate: string) => boolean = () => true,
): { word: string; edits: number } | undefined {
  if (max <= 0) return undefined;
  const mask = letterMask(word);
  const { masks, sorted, counts, byLength } = vocabulary;
  let best: { word: string; edits: number; count: number } | undefined;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const i of byLength[length] ?? []) {
      // Each edit adds or removes at most two letters from the set a word uses.
      if (bitCount(mask ^ (masks[i] ?? 0)) > 2 * max) continue;
      const candidate = sorted[i] ?? "";
      const edits = editDistance(word, candidate, best ? best.edits : max);
      if (edits > max || candidate === word || !allowed(candidate)) continue;
      const count = counts.get(candidate) ?? 0;
      const better =
        !best ||
        edits < best.edits ||
        (edits === best.edits &&
          (count > best.count ||
            (count === best.count && candidate[0] === word[0] && best.word[0] !== word[0])));
      if (better) best = { word: candidate, edits, count };
    }
  }
  return best ? { word: best.word, edits: best.edits } : undefined;
}

/** The words of the vocabulary that start with `prefix` (not the prefix itself), in order. */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string): string[] {
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length; i++) {
    const candidate = sorted[i] ?? "";
    if (!candidate.startsWith(prefix)) break;
    if (candidate !== prefix) found.push(candidate);
  }
  return found;
}
