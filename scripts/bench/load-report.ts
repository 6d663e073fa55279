/**
 * The arithmetic and the verdict of `npm run load`: medians over runs, the next-start to
 * bare-server ratio, and what makes the run fail. No I/O, so it can be tested.
 */
import { median } from "../lib/median";
import { formatTable } from "../lib/table";

/** One autocannon run against one server. */
export type LoadSample = {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** The runs for one URL, next start and the bare server interleaved (same count of each). */
export type UrlRuns = { url: string; next: LoadSample[]; bare: LoadSample[] };

export type UrlSummary = {
  url: string;
  runs: number;
  next: { requestsPerSecond: number; p99Ms: number; failures: number };
  bare: { requestsPerSecond: number; p99Ms: number; failures: number };
  /** median of each run's next/bare requests per second (pairs run back to back) */
  ratio: number;
};

/** The serving target: next start keeps at least this share of a bare server's throughput. */
export const MIN_RATIO = 0.2;

/** Errors, timeouts and answers other than 2xx, over all runs. */
const failures = (samples: readonly LoadSample[]) =>
  samples.reduce((sum, s) => sum + s.errors + s.timeouts + s.non2xx, 0);

export function summarize({ url, next, bare }: UrlRuns): UrlSummary {
  const ratios = next.map((sample, i) => {
    const base = bare[i]?.requestsPerSecond ?? 0;
    return base > 0 ? sample.requestsPerSecond / base : Number.NaN;
  });
  return {
    url,
    runs: next.length,
    next: {
      requestsPerSecond: median(next.map((s) => s.requestsPerSecond)),
      p99Ms: median(next.map((s) => s.p99Ms)),
      failures: failures(next),
    },
    bare: {
      requestsPerSecond: median(bare.map((s) => s.requestsPerSecond)),
      p99Ms: median(bare.map((s) => s.p99Ms)),
      failures: failures(bare),
    },
    ratio: median(ratios),
  };
}

/**
 * Why the run fails, one line per reason (none: it passes). Any failed request to next start
 * fails it; only the ratio URL is held to the ratio (the others are reported).
 */
export function verdict(summaries: readonly UrlSummary[], ratioUrl: string): string[] {
  const problems = summaries
    .filter((s) => s.next.failures > 0)
    .map((s) => `${s.url}: next start had ${s.next.failures} errors, timeouts or non-2xx answers`);
  const held = summaries.find((s) => s.url === ratioUrl);
  if (!held) problems.push(`${ratioUrl} was not measured`);
  else if (!(held.ratio >= MIN_RATIO)) {
    problems.push(
      `${ratioUrl}: next start served ${held.ratio.toFixed(2)} of the bare server's requests per second (at least ${MIN_RATIO} required)`,
    );
  }
  return problems;
}

export function formatLoadTable(summaries: readonly UrlSummary[]): string {
  const num = (value: number, digits = 0) =>
    Number.isFinite(value) ? value.toFixed(digits) : "n/a";
  return formatTable(
    [
      "url",
      "next req/s",
      "bare req/s",
      "ratio",
      "next p99 ms",
      "bare p99 ms",
      "next failed",
      "bare failed",
    ],
    summaries.map((s) => [
      s.url,
      num(s.next.requestsPerSecond),
      num(s.bare.requestsPerSecond),
      num(s.ratio, 2),
      num(s.next.p99Ms),
      num(s.bare.p99Ms),
      String(s.next.failures),
      String(s.bare.failures),
    ]),
  );
}
