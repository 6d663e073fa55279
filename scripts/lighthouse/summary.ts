/** What `npm run lighthouse` keeps from each run, and how runs of one URL become one row. */

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

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  const upper = known[mid] ?? 0;
  return known.length % 2 === 1 ? upper : ((known[mid - 1] ?? 0) + upper) / 2;
}

/** One row per URL: the median of every figure, each taken on its own. */
export function summarise(url: string, runs: readonly RunFigures[]): Row {
  const scoreOf = (c: Category) => median(runs.map((r) => r.scores[c]));
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
    lcpMs: median(runs.map((r) => r.lcpMs)),
    cls: median(runs.map((r) => r.cls)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
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
export function formatTable(rows: readonly Row[]): string {
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
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((line) => line[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)));
  return [head, ...body].map((cells) => line(cells).join("  ")).join("\n");
}
