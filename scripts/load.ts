/**
 * `npm run load`, after `npm run build`: how `next start` serves the pre-rendered site under
 * load, side by side with a bare Node HTTP server that returns the same bytes, on the same
 * machine. For an element page, /quotes and the search index: requests per second, p99 latency,
 * failed requests, and the ratio next/bare. The runs alternate (next, bare, next, bare…), so a
 * machine that gets busier mid-run weighs on both alike; `--runs N` reports medians of N.
 *
 * Options: --runs N (1), --duration seconds (10), --connections N (32), --port P (next start on
 * P and the bare server on P+1; free ports by default).
 * Exit codes: 0 pass; 1 next start failed requests, or the element page's ratio is under 0.2;
 * 2 no build, bad options or a server that would not start.
 */
import autocannon from "autocannon";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { routes } from "../lib/content/routes";
import { SEARCH_INDEX_PATH } from "../lib/search/definition";
import {
  type LoadSample,
  type UrlRuns,
  formatLoadTable,
  summarize,
  verdict,
} from "./bench/load-report";
import { parseArguments, wholeNumber } from "./lib/args.mjs";
import { PortInUseError, freePort } from "./lib/free-port.mjs";
import { firstPageOf } from "./lib/site-pages";

const ELEMENT_URL = firstPageOf("element").path;
const URLS = [ELEMENT_URL, routes.quotes(), SEARCH_INDEX_PATH];
/** A short unreported round first, so neither server is measured cold. */
const WARMUP_SECONDS = 2;
const root = process.cwd();

type Options = { runs: number; duration: number; connections: number; port: number };

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const USAGE = "Usage: npm run load -- [--runs N] [--duration seconds] [--connections N] [--port P]";

function readOptions(): Options {
  const { values } = parseArguments(
    {
      options: {
        runs: { type: "string" },
        duration: { type: "string" },
        connections: { type: "string" },
        port: { type: "string" },
      },
    },
    USAGE,
  );
  const whole = (name: keyof typeof values, fallback: number, min: number, max: number) =>
    wholeNumber(values[name], { name: `--${name}`, min, max, fallback, usage: USAGE });
  return {
    runs: whole("runs", 1, 1, 9),
    duration: whole("duration", 10, 1, 60),
    connections: whole("connections", 32, 1, 256),
    port: whole("port", 0, 1, 65534),
  };
}

/** A free port: `wanted` itself, or for 0 any. */
const portFor = (wanted: number) =>
  freePort(wanted).catch((error: unknown) =>
    fail(
      error instanceof PortInUseError
        ? `Port ${wanted} is in use: choose another with --port.`
        : String(error),
    ),
  );

type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One plain GET, without asking for compression: the bytes autocannon's requests get too. */
function get(port: number, url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: url, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on("error", reject);
  });
}

let nextServer: ChildProcess | undefined;
let bareServer: http.Server | undefined;
let running: autocannon.Instance | undefined;

function startNext(port: number): ChildProcess {
  // The server `npm start` runs (Next's request handler behind its one guard), started the way
  // scripts/start.mjs starts it: node and the server, nothing in between.
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.once("exit", (code, signal) => {
    if (nextServer === child) {
      nextServer = undefined;
      void stopAll().then(() =>
        fail(`next start stopped unexpectedly (${signal ?? `exit ${code}`}):\n${output}`),
      );
    }
  });
  return child;
}

async function waitUntilUp(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await get(port, "/")).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A server that knows only the measured URLs and answers each with next start's bytes. */
function startBare(port: number, pages: Map<string, Fetched>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": page.headers["content-type"] ?? "application/octet-stream",
      "content-length": page.body.length,
    });
    res.end(page.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function stopAll(): Promise<void> {
  running?.stop();
  const bare = bareServer;
  bareServer = undefined;
  if (bare) {
    bare.closeAllConnections();
    await new Promise((resolve) => bare.close(resolve));
  }
  const child = nextServer;
  nextServer = undefined;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

async function measure(
  port: number,
  url: string,
  { duration, connections }: Options,
): Promise<LoadSample> {
  // The callback form returns the run itself, which `stop()` ends early (on SIGINT).
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    running = autocannon(
      { url: `http://127.0.0.1:${port}${url}`, connections, duration },
      (error: unknown, done) => (error ? reject(error) : resolve(done)),
    );
  });
  running = undefined;
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const header = (value: string | string[] | undefined) =>
  value === undefined ? "(none)" : Array.isArray(value) ? value.join(", ") : value;

async function main(): Promise<void> {
  const options = readOptions();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    fail("No production build in .next: run `npm run build` first.");
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping both servers.`);
      void stopAll().then(() => process.exit(130));
    });
  }
  // Whatever happens, no server is left behind.
  process.on("exit", () => nextServer?.kill("SIGKILL"));

  const nextPort = await portFor(options.port);
  const barePort = await portFor(options.port ? options.port + 1 : 0);
  nextServer = startNext(nextPort);
  await waitUntilUp(nextPort, 60_000).catch(async (error: Error) => {
    await stopAll();
    fail(error.message);
  });

  const pages = new Map<string, Fetched>();
  console.log(`next start on port ${nextPort}, the bare server on port ${barePort}\n`);
  console.log("What next start sends (fetched once, without compression):");
  for (const url of URLS) {
    const page = await get(nextPort, url);
    if (page.status !== 200) {
      await stopAll();
      fail(`${url}: next start answered ${page.status}, not 200: is the build complete?`);
    }
    pages.set(url, page);
    const { headers } = page;
    const cache = headers["x-nextjs-cache"];
    const fromCache =
      cache === "HIT" || headers["x-nextjs-prerender"] === "1"
        ? `yes (x-nextjs-cache: ${header(cache)}, x-nextjs-prerender: ${header(headers["x-nextjs-prerender"])})`
        : `no sign of it (x-nextjs-cache: ${header(cache)}, x-nextjs-prerender: ${header(headers["x-nextjs-prerender"])})`;
    console.log(
      `  ${url}: ${(page.body.length / 1024).toFixed(1)} KB, ${header(headers["content-type"])}`,
    );
    console.log(`    cache-control: ${header(headers["cache-control"])}`);
    console.log(`    from the prerender cache: ${fromCache}`);
  }
  bareServer = await startBare(barePort, pages);
  for (const url of URLS) {
    const bare = await get(barePort, url);
    if (!bare.body.equals(pages.get(url)?.body ?? Buffer.alloc(0))) {
      await stopAll();
      fail(`${url}: the bare server's bytes differ from next start's`);
    }
  }

  const total =
    options.runs * URLS.length * 2 * options.duration + URLS.length * 2 * WARMUP_SECONDS;
  console.log(
    `\n${options.connections} connections, ${options.duration} s per measurement, ${options.runs} run(s), next and bare alternating (about ${total} s):`,
  );
  for (const url of URLS) {
    await measure(nextPort, url, { ...options, duration: WARMUP_SECONDS });
    await measure(barePort, url, { ...options, duration: WARMUP_SECONDS });
  }
  const runs: UrlRuns[] = URLS.map((url) => ({ url, next: [], bare: [] }));
  for (let run = 1; run <= options.runs; run++) {
    for (const entry of runs) {
      for (const [server, port] of [
        ["next", nextPort],
        ["bare", barePort],
      ] as const) {
        const sample = await measure(port, entry.url, options);
        entry[server].push(sample);
        const failed = sample.errors + sample.timeouts + sample.non2xx;
        console.log(
          `  run ${run}/${options.runs} ${entry.url} ${server}: ${sample.requestsPerSecond.toFixed(0)} req/s, p99 ${sample.p99Ms} ms, ${failed} failed`,
        );
      }
    }
  }
  await stopAll();

  const summaries = runs.map(summarize);
  console.log(
    `\n${options.runs > 1 ? `Medians of ${options.runs} runs` : "One run"}; failed = errors + timeouts + non-2xx, over all runs:`,
  );
  console.log(formatLoadTable(summaries));
  const problems = verdict(summaries, ELEMENT_URL);
  if (problems.length > 0) {
    console.error(`\nFAIL:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`\nOK: no failed requests to next start; ${ELEMENT_URL} ratio at least 0.2.`);
}

main().catch(async (error: unknown) => {
  await stopAll();
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
