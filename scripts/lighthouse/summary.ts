/** What `npm run lighthouse` keeps from each run, and how runs of one URL become one row. */
import { median } from "../lib/median";
import { formatTable } from "../lib/table";

export type Category = "performance" | "accessibility" | "best-practices" | "seo";
export const CATEGORIES: readonly Category[] = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
];

/** Targets from the site's quality gates: the median of each must reach these. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

export type RunFigures = {
  /** Scores 0 to 100; null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
};

export type Row = RunFigures & { url: string; runs: number };

/** The median of the known values (a run that could not score is left out); null for none. */
export function medianOfKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : median(known);
}

/** One row per URL: the median of every figure, each taken on its own. */
export function summarise(url: string, runs: readonly RunFigures[]): Row {
  const scoreOf = (c: Category) => medianOfKnown(runs.map((r) => r.scores[c]));
  const scores = {
    performance: scoreOf("performance"),
    accessibility: scoreOf("accessibility"),
    "best-practices": scoreOf("best-practices"),
    seo: scoreOf("seo"),
  };
  return {
    url,
    runs: runs.length,
    scores,
    lcpMs: medianOfKnown(runs.map((r) => r.lcpMs)),
    cls: medianOfKnown(runs.map((r) => r.cls)),
    tbtMs: medianOfKnown(runs.map((r) => r.tbtMs)),
  };
}

/** Every median below its target, as "URL: category 93 < 95"; empty when all pass. */
export function failures(rows: readonly Row[]): string[] {
  return rows.flatMap((row) =>
    CATEGORIES.flatMap((c) => {
      const score = row.scores[c];
      return score === null || score < TARGETS[c]
        ? [`${row.url}: ${c} ${score ?? "not scored"} < ${TARGETS[c]}`]
        : [];
    }),
  );
}

const fmt = (v: number | null, digits = 0) => (v === null ? "–" : v.toFixed(digits));

/** A plain-text table of the medians, one line per URL. */
export function formatLighthouseTable(rows: readonly Row[]): string {
  const head = ["URL", "perf", "a11y", "best", "seo", "LCP s", "CLS", "TBT ms", "runs"];
  const body = rows.map((r) => [
    r.url,
    fmt(r.scores.performance),
    fmt(r.scores.accessibility),
    fmt(r.scores["best-practices"]),
    fmt(r.scores.seo),
    r.lcpMs === null ? "–" : (r.lcpMs / 1000).toFixed(2),
    fmt(r.cls, 3),
    fmt(r.tbtMs),
    String(r.runs),
  ]);
  return formatTable(head, body);
}
