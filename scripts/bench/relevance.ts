/**
 * The relevance benchmark: the judged query set (tests/search-relevance/queries.yaml) run
 * through the real search, with success@1, success@3, MRR and nDCG@5 per category and overall,
 * and the queries that still miss at 3 with what came first instead.
 */
import { rankedAddresses, realSearch } from "../../tests/search-relevance/engine";
import { readJudgedSet } from "../../tests/search-relevance/judged-set";
import {
  type Evaluation,
  MRR_DEPTH,
  SUCCESS_AT_3_TARGET,
  type Summary,
  evaluate,
} from "../../tests/search-relevance/metrics";
import { formatTable } from "../lib/table";

export function runRelevanceBench(): Evaluation {
  const engine = realSearch();
  return evaluate(readJudgedSet().queries, (query) => rankedAddresses(engine, query));
}

const figures = (s: Summary) => [
  String(s.queries),
  s.success1.toFixed(2),
  s.success3.toFixed(2),
  s.mrr.toFixed(2),
  s.ndcg5.toFixed(2),
];

export function printRelevanceTable(evaluation: Evaluation): void {
  const { all, byCategory, missesAt3, noAnswer } = evaluation;
  console.log(
    `\nSearch relevance (the judged set in tests/search-relevance/queries.yaml; MRR over the first ${MRR_DEPTH}; target success@3 ${SUCCESS_AT_3_TARGET}):`,
  );
  const rows = [
    ...byCategory.map(({ category, summary }) => [category, ...figures(summary)]),
    ["all", ...figures(all)],
  ];
  console.log(formatTable(["queries", "n", "success@1", "success@3", "MRR", "nDCG@5"], rows));
  const verdict = all.success3 >= SUCCESS_AT_3_TARGET ? "meets" : "is under";
  console.log(`success@3 ${all.success3.toFixed(2)} ${verdict} the target.`);
  console.log(`\nQueries that miss at 3 (${missesAt3.length}), with the first 3 results instead:`);
  console.log(
    missesAt3.length === 0
      ? "(none)"
      : formatTable(
          ["query", "category", "first 3 results"],
          missesAt3.map((r) => [r.query, r.category, r.ranked.slice(0, 3).join("  ") || "(none)"]),
          ["left", "left", "left"],
        ),
  );
  const answered = noAnswer.filter((q) => q.results > 0);
  const which = answered.map((q) => `"${q.query}" ${q.results}`).join(", ");
  console.log(
    `\nQueries with no good answer (not counted above): ${noAnswer.length}; ` +
      `${noAnswer.length - answered.length} return nothing` +
      (answered.length > 0 ? `; results for ${which}.` : "."),
  );
}
