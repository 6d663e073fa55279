// autocannon ships no types; these are the parts of its programmatic API that `npm run load`
// uses (autocannon 9: lib/init.js, lib/aggregateResult.js).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };

  export type Result = {
    url: string;
    connections: number;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    /** per-second samples of completed requests */
    requests: Histogram & { sent: number };
    /** milliseconds */
    latency: Histogram;
    throughput: Histogram;
  };

  export type Options = {
    url: string;
    connections?: number;
    /** seconds */
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
  };

  /** Resolves when the run ends; `stop()` ends it early (the result covers the time so far). */
  export type Instance = EventEmitter & PromiseLike<Result> & { stop(): void };

  export default function autocannon(options: Options): Instance;
}
