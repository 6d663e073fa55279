import {
  type IndexedField,
  type SearchType,
  type StoredRecord,
  fieldWeights,
  typeBoost,
} from "./definition";
import type { LoadedSearchIndex } from "./load";
import { TYPO_MIN_LENGTH, queryTerms } from "./terms";

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
  /** The query's words, folded, for highlighting. */
  terms: string[];
}

const mainFields: IndexedField[] = ["title", "who", "body"];

/**
 * Scores of one word: per record, the best of its fields' weights, less a little for a low
 * place in that field's own ranking (flexsearch orders by where in the text the word stands).
 */
function scoreTerm(index: LoadedSearchIndex, term: string, fields: IndexedField[]) {
  const scores = new Map<number, number>();
  // Unlimited on purpose: filters apply afterwards to full result lists (TOOLCHAIN trap 2).
  const results = index.document.search(term, { index: fields, limit: index.records.length });
  for (const { field, result } of results) {
    const weight = fieldWeights[field as IndexedField] ?? 0;
    result.forEach((id, rank) => {
      if (typeof id !== "number") return;
      const score = weight * (1 - (0.5 * rank) / result.length);
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    });
  }
  return scores;
}

export function matchesFilters(record: StoredRecord, filters: SearchFilters): boolean {
  if (filters.type && record.type !== filters.type) return false;
  if (filters.speaker && record.speaker !== filters.speaker) return false;
  if (filters.element && !record.elements.includes(filters.element)) return false;
  return true;
}

const hasFilter = (filters: SearchFilters) =>
  Boolean(filters.type || filters.speaker || filters.element);

/**
 * Best first: records matching more of the query's words, then by score (title beats who said
 * it beats body; then by type, so an element comes before its sections). A word that finds
 * nothing in the main fields, and has five letters or more, is looked up in the typo field.
 * With no words but a filter, every record the filter allows, in content order.
 */
export function search(
  index: LoadedSearchIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) {
    if (!hasFilter(filters)) return [];
    return index.records
      .flatMap((record, id) =>
        matchesFilters(record, filters) ? [{ id, record, score: 0, terms }] : [],
      )
      .slice(0, limit);
  }
  const totals = new Map<number, { score: number; matched: number }>();
  for (const term of terms) {
    let scores = scoreTerm(index, term, mainFields);
    if (scores.size === 0 && term.length >= TYPO_MIN_LENGTH) {
      scores = scoreTerm(index, term, ["typo"]);
    }
    for (const [id, score] of scores) {
      const total = totals.get(id) ?? { score: 0, matched: 0 };
      total.score += score;
      total.matched += 1;
      totals.set(id, total);
    }
  }
  const hits: (SearchHit & { matched: number })[] = [];
  for (const [id, { score, matched }] of totals) {
    const record = index.records[id];
    if (!record || !matchesFilters(record, filters)) continue;
    hits.push({ id, record, score: score + typeBoost[record.type], terms, matched });
  }
  hits.sort((a, b) => b.matched - a.matched || b.score - a.score || a.id - b.id);
  return hits.slice(0, limit).map(({ matched: _matched, ...hit }) => hit);
}
