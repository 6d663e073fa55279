/**
 * Relevance figures over the judged set, from the addresses search returns for each query, best
 * first. Plain functions of rankings and grades: no search code here (that is engine.ts).
 *
 *   success@k  the share of queries with a graded result (grade 1 or 2) among the first k;
 *   MRR        the mean of 1/rank of the first graded result among the first 10 (0 when none);
 *   nDCG@5     DCG of the first 5, gain (2^grade - 1) / log2(rank + 1), over the DCG of the
 *              judged grades in the best order.
 * Each is a mean over the answerable queries; "no-answer" queries have no graded result to find
 * and are counted apart.
 */
import type { Category, Grade, JudgedQuery } from "./judged-set";

/** Results after this rank count for nothing: nobody reads that far. */
export const MRR_DEPTH = 10;
export const NDCG_DEPTH = 5;
/** The share of answerable queries that must succeed at 3 (tests/unit/search-relevance.test.ts). */
export const SUCCESS_AT_3_TARGET = 0.9;

type Grades = Readonly<Record<string, Grade>>;

/** The grade at each rank; a second result at an address already shown adds nothing. */
export const gradeAt = (ranked: readonly string[], grades: Grades) =>
  ranked.map((url, i) => (ranked.indexOf(url) === i ? (grades[url] ?? 0) : 0));

export function successAt(k: number, ranked: readonly string[], grades: Grades): number {
  return gradeAt(ranked, grades)
    .slice(0, k)
    .some((grade) => grade > 0)
    ? 1
    : 0;
}

export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const rank = gradeAt(ranked, grades)
    .slice(0, MRR_DEPTH)
    .findIndex((grade) => grade > 0);
  return rank < 0 ? 0 : 1 / (rank + 1);
}

const dcg = (grades: readonly number[]) =>
  grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);

export function ndcgAt(k: number, ranked: readonly string[], grades: Grades): number {
  const ideal = dcg(
    Object.values(grades)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  return ideal === 0 ? 0 : dcg(gradeAt(ranked, grades).slice(0, k)) / ideal;
}

export interface QueryResult {
  query: string;
  category: Category;
  /** The addresses search returned, best first. */
  ranked: string[];
  success1: number;
  success3: number;
  rr: number;
  ndcg5: number;
}

export interface Summary {
  queries: number;
  success1: number;
  success3: number;
  mrr: number;
  ndcg5: number;
}

export function judge(query: JudgedQuery, ranked: string[]): QueryResult {
  const { expect } = query;
  return {
    query: query.query,
    category: query.category,
    ranked,
    success1: successAt(1, ranked, expect),
    success3: successAt(3, ranked, expect),
    rr: reciprocalRank(ranked, expect),
    ndcg5: ndcgAt(NDCG_DEPTH, ranked, expect),
  };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

export function summarise(results: readonly QueryResult[]): Summary {
  return {
    queries: results.length,
    success1: mean(results.map((r) => r.success1)),
    success3: mean(results.map((r) => r.success3)),
    mrr: mean(results.map((r) => r.rr)),
    ndcg5: mean(results.map((r) => r.ndcg5)),
  };
}

export interface Evaluation {
  /** Over every answerable query. */
  all: Summary;
  byCategory: { category: Category; summary: Summary }[];
  results: QueryResult[];
  /** Answerable queries with no graded result in the first 3. */
  missesAt3: QueryResult[];
  /** The no-answer queries and how many results each returned. */
  noAnswer: { query: string; results: number }[];
}

/** Runs every query of the set through `rank` (the addresses search returns, best first). */
export function evaluate(
  queries: readonly JudgedQuery[],
  rank: (query: string) => string[],
): Evaluation {
  const answerable = queries.filter((q) => q.category !== "no-answer");
  const results = answerable.map((q) => judge(q, rank(q.query)));
  const present = [...new Set(results.map((r) => r.category))];
  return {
    all: summarise(results),
    byCategory: present.map((category) => ({
      category,
      summary: summarise(results.filter((r) => r.category === category)),
    })),
    results,
    missesAt3: results.filter((r) => r.success3 === 0),
    noAnswer: queries
      .filter((q) => q.category === "no-answer")
      .map((q) => ({ query: q.query, results: rank(q.query).length })),
  };
}
