import { describe, expect, it } from "vitest";
import {
  type RunFigures,
  failures,
  formatLighthouseTable,
  medianOfKnown,
  summarise,
} from "@/scripts/lighthouse/summary";

const run = (performance: number | null, lcpMs: number, other = 100): RunFigures => ({
  scores: { performance, accessibility: other, "best-practices": other, seo: other },
  lcpMs,
  cls: 0,
  tbtMs: 100,
});

describe("Lighthouse medians", () => {
  it("take the middle value, the mean of the middle two for an even count, and skip unscored runs", () => {
    expect(medianOfKnown([90, 70, 100])).toBe(90);
    expect(medianOfKnown([90, 70, 100, 80])).toBe(85);
    expect(medianOfKnown([null, 88, null])).toBe(88);
    expect(medianOfKnown([null, 90, 80, null])).toBe(85);
    expect(medianOfKnown([null])).toBeNull();
  });

  it("are taken for each figure on its own, not from one chosen run", () => {
    const row = summarise("/", [run(99, 3000), run(80, 900), run(95, 1200)]);
    expect(row.scores.performance).toBe(95);
    expect(row.lcpMs).toBe(1200);
    expect(row.runs).toBe(3);
  });

  it("fail below target (performance 95, the rest 100) and when a category was not scored", () => {
    expect(failures([summarise("/a", [run(95, 1000)])])).toEqual([]);
    expect(failures([summarise("/b", [run(94, 1000, 99)])])).toEqual([
      "/b: performance 94 < 95",
      "/b: accessibility 99 < 100",
      "/b: best-practices 99 < 100",
      "/b: seo 99 < 100",
    ]);
    expect(failures([summarise("/c", [run(null, 1000)])])).toEqual([
      "/c: performance not scored < 95",
    ]);
  });

  it("print one aligned line per URL with LCP in seconds", () => {
    const lines = formatLighthouseTable([summarise("/elements/workforce", [run(97, 1234)])]).split(
      "\n",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^\/elements\/workforce\s+97\s+100\s+100\s+100\s+1\.23\s+0\.000\s+100\s+1$/,
    );
    expect(lines[0]?.length).toBe(lines[1]?.length);
  });
});
