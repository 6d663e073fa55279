import { rawWords } from "@/lib/text/match";
import type { StoredRecord } from "./definition";

/*
 * What a search says besides its results, and the words it offers to search instead: kept apart
 * from the engine (query.ts) so that a results list can word its messages without loading it.
 */

export interface SearchHit {
  id: number;
  record: StoredRecord;
  score: number;
  /**
   * The words to mark in the result: the query's words as they were looked up (with the words
   * a typed start stands for, a typo's correction, a glossary entry's one-word names). Never a
   * word the query dropped.
   */
  terms: string[];
  /** Glossary names of more than one word that the query stands for, marked where they stand whole. */
  phrases: string[][];
  /** The query's words the result does not hold (none when it holds them all). */
  missing: string[];
}

/** A word of the query that was not found as typed, and the word searched for instead. */
export interface Correction {
  from: string;
  to: string;
}

/** Everything a results list says about a search, besides the results. */
export interface SearchOutcome {
  hits: SearchHit[];
  /** How many results there are, before the limit. */
  total: number;
  /** How many of them hold every word asked for. */
  complete: number;
  /** The words searched for, and the ones dropped as carrying no meaning. */
  words: string[];
  dropped: string[];
  /** Words found nowhere as typed, replaced by the nearest word the index holds. */
  corrections: Correction[];
  /** Words found nowhere, with the nearest spelling the index holds, too far off to search for. */
  suggestions: Correction[];
  /** The records whose text is wanted: those shown, and those whose text decides a phrase. */
  wantsText: number[];
}

/**
 * The query as typed, with each corrected word in quotation marks, so that searching it again
 * takes those words as they are ("Search instead for povety").
 */
export function exactQuery(query: string, corrections: readonly Correction[]): string {
  const from = new Set(corrections.map((c) => c.from));
  let result = "";
  let last = 0;
  for (const word of rawWords(query)) {
    if (!word.words.some((w) => w.split("-").some((part) => from.has(part)))) continue;
    result += `${query.slice(last, word.index)}"${word.text}"`;
    last = word.index + word.text.length;
  }
  return result + query.slice(last);
}

/** The query's words with each correction made, for "Showing results for …". */
export function correctedWords(outcome: Pick<SearchOutcome, "words" | "corrections">): string {
  const to = new Map(outcome.corrections.map((c) => [c.from, c.to]));
  return outcome.words.map((word) => to.get(word) ?? word).join(" ");
}
