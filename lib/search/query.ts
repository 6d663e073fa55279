import {
  type IndexedField,
  type SearchType,
  type StoredRecord,
  fieldWeights,
  typeBoost,
} from "./definition";
import type { LoadedSearchIndex } from "./load";
import { queryWords, wordForms } from "@/lib/text/match";
import { TYPO_MIN_LENGTH } from "./terms";

export interface SearchFilters {
  type?: SearchType;
  /** A speaker's slug: that speaker and their quotes. */
  speaker?: string;
  /** A key element's slug: the element, its sections and what is tagged with it. */
  element?: string;
}

export interface SearchHit {
  id: number;
  record: StoredRecord;
  score: number;
  /** The query's words, normalised, for highlighting. */
  terms: string[];
}

const mainFields: IndexedField[] = ["title", "who", "words", "prefixes"];

/**
 * Scores of one word: per record, the best of its fields' weights, less a little for a low
 * place in that field's own ranking (flexsearch orders by where in the text the word stands);
 * and the records whose title or text holds the word whole (the `words` field).
 */
function scoreTerm(index: LoadedSearchIndex, term: string, fields: IndexedField[]) {
  const scores = new Map<number, number>();
  const whole = new Set<number>();
  // Unlimited on purpose: filters apply afterwards to full result lists (TOOLCHAIN trap 2).
  const results = index.document.search(term, { index: fields, limit: index.records.length });
  for (const { field, result } of results) {
    const weight = fieldWeights[field as IndexedField] ?? 0;
    result.forEach((id, rank) => {
      if (typeof id !== "number") return;
      if (field === "words") whole.add(id);
      const score = weight * (1 - (0.5 * rank) / result.length);
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    });
  }
  return { scores, whole };
}

export function matchesFilters(record: StoredRecord, filters: SearchFilters): boolean {
  if (filters.type && record.type !== filters.type) return false;
  if (filters.speaker && record.speaker !== filters.speaker) return false;
  if (filters.element && !record.elements.includes(filters.element)) return false;
  return true;
}

const hasFilter = (filters: SearchFilters) =>
  Boolean(filters.type || filters.speaker || filters.element);

type RankedHit = SearchHit & { matched: number; every: boolean };

/**
 * The first `limit` hits, but within each type the records whose title or text holds every word
 * whole come first, each type keeping the places its records had. So with a type chosen
 * (`type=quote`), the quotes the quote filter shows for the same words lead; without one, the
 * mix of types stays as the scores put it (a speaker's name brings up the speaker, then their
 * quotes).
 */
function everyWordFirst(hits: readonly RankedHit[], limit: number): SearchHit[] {
  const queues = new Map<SearchType, { every: RankedHit[]; rest: RankedHit[]; taken: number }>();
  for (const hit of hits) {
    const queue = queues.get(hit.record.type) ?? { every: [], rest: [], taken: 0 };
    (hit.every ? queue.every : queue.rest).push(hit);
    queues.set(hit.record.type, queue);
  }
  return hits.slice(0, limit).map((hit) => {
    const queue = queues.get(hit.record.type);
    const place = queue ? queue.taken++ : 0;
    const next = queue && (queue.every[place] ?? queue.rest[place - queue.every.length]);
    const { id, record, score, terms } = next ?? hit;
    return { id, record, score, terms };
  });
}

/**
 * Best first: records matching more of the query's words (whole, by prefix, in who said it or
 * by a typo), then by score (title beats who said it beats text; then by type, so an element
 * comes before its sections); then, within each type, those holding every word whole first
 * (everyWordFirst). A word that finds nothing in the main fields, and has five letters or more,
 * is looked up in the typo field. With no words but a filter, every record the filter allows,
 * in content order.
 */
export function search(
  index: LoadedSearchIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchHit[] {
  const terms = queryWords(query);
  if (terms.length === 0) {
    if (!hasFilter(filters)) return [];
    return index.records
      .flatMap((record, id) =>
        matchesFilters(record, filters) ? [{ id, record, score: 0, terms }] : [],
      )
      .slice(0, limit);
  }
  const totals = new Map<number, { score: number; matched: number; whole: number }>();
  for (const term of terms) {
    let { scores, whole } = scoreTerm(index, term, mainFields);
    // Looser: "Scotland's" also finds "Scotland" and "Scotlands", scored as the start of a word.
    for (const form of wordForms(term).filter((f) => f !== term)) {
      for (const [id, score] of scoreTerm(index, form, ["words", "prefixes"]).scores) {
        const loose = score * (fieldWeights.prefixes / fieldWeights.words);
        if (loose > (scores.get(id) ?? 0)) scores.set(id, loose);
      }
    }
    if (scores.size === 0 && term.length >= TYPO_MIN_LENGTH) {
      ({ scores, whole } = scoreTerm(index, term, ["typo"]));
    }
    for (const [id, score] of scores) {
      const total = totals.get(id) ?? { score: 0, matched: 0, whole: 0 };
      total.score += score;
      total.matched += 1;
      if (whole.has(id)) total.whole += 1;
      totals.set(id, total);
    }
  }
  const hits: RankedHit[] = [];
  for (const [id, { score, matched, whole }] of totals) {
    const record = index.records[id];
    if (!record || !matchesFilters(record, filters)) continue;
    const every = whole === terms.length;
    hits.push({ id, record, score: score + typeBoost[record.type], terms, matched, every });
  }
  hits.sort((a, b) => b.matched - a.matched || b.score - a.score || a.id - b.id);
  return everyWordFirst(hits, limit);
}
