import { describe, expect, it } from "vitest";
import {
  type LoadSample,
  MIN_RATIO,
  formatLoadTable,
  summarize,
  verdict,
} from "@/scripts/bench/load-report";

const sample = (requestsPerSecond: number, p99Ms = 10, failed = 0): LoadSample => ({
  requestsPerSecond,
  p99Ms,
  errors: failed,
  timeouts: 0,
  non2xx: 0,
});

describe("summarize", () => {
  it("reports medians per server, the median of each pair's ratio, and all failures", () => {
    const summary = summarize({
      url: "/elements/workforce",
      next: [sample(1000, 40), sample(1300, 30), sample(1200, 50, 2)],
      bare: [sample(4000, 5), sample(5200, 4), sample(4000, 6)],
    });
    expect(summary.runs).toBe(3);
    expect(summary.next).toEqual({ requestsPerSecond: 1200, p99Ms: 40, failures: 2 });
    expect(summary.bare).toEqual({ requestsPerSecond: 4000, p99Ms: 5, failures: 0 });
    // Pair ratios 0.25, 0.25 and 0.3: the median pair, not the ratio of the medians (0.3).
    expect(summary.ratio).toBeCloseTo(0.25);
  });

  it("has no ratio when the bare server served nothing", () => {
    expect(summarize({ url: "/x", next: [sample(10)], bare: [sample(0)] }).ratio).toBeNaN();
  });
});

describe("verdict", () => {
  const element = "/elements/workforce";
  const summary = (url: string, nextRps: number, bareRps: number, failed = 0) =>
    summarize({ url, next: [sample(nextRps, 10, failed)], bare: [sample(bareRps)] });

  it("passes at the minimum ratio with no failed requests", () => {
    expect(MIN_RATIO).toBe(0.2);
    expect(verdict([summary(element, 1000, 5000), summary("/quotes", 10, 5000)], element)).toEqual(
      [],
    );
  });

  it("fails below the ratio on the element page only", () => {
    const problems = verdict([summary(element, 999, 5000), summary("/quotes", 1, 5000)], element);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/elements\/workforce: next start served 0\.20 /);
  });

  it("fails on any failed request to next start, on any URL, but not on the bare server's", () => {
    const bareFailed = summarize({
      url: "/search-index.json",
      next: [sample(1000)],
      bare: [sample(4000, 10, 3)],
    });
    expect(verdict([summary(element, 2000, 5000), bareFailed], element)).toEqual([]);
    expect(
      verdict([summary(element, 2000, 5000), summary("/quotes", 500, 600, 1)], element),
    ).toEqual(["/quotes: next start had 1 errors, timeouts or non-2xx answers"]);
  });

  it("fails when the element page was not measured, or had no ratio", () => {
    expect(verdict([summary("/quotes", 500, 600)], element)).toEqual([
      `${element} was not measured`,
    ]);
    expect(verdict([summary(element, 500, 0)], element)).toHaveLength(1);
  });
});

describe("formatLoadTable", () => {
  it("prints a header and one row per URL, with n/a for a missing ratio", () => {
    const lines = formatLoadTable([
      summarize({ url: "/quotes", next: [sample(1234.4, 56)], bare: [sample(4936, 7)] }),
      summarize({ url: "/x", next: [sample(5)], bare: [sample(0)] }),
    ]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^url\s+next req\/s\s+bare req\/s\s+ratio\s+next p99 ms/);
    expect(lines[1]).toMatch(/^\/quotes\s+1234\s+4936\s+0\.25\s+56\s+7\s+0\s+0$/);
    expect(lines[2]).toMatch(/\sn\/a\s/);
  });
});
