/**
 * `npm run lighthouse`: Lighthouse 12 against the production build, offline, with Lighthouse's
 * default mobile emulation and simulated throttling. Starts `next start` itself (through
 * scripts/start.mjs) on a free port, runs each URL several times in a fresh Chromium, prints the
 * median scores and timings, and saves every report (HTML and JSON) in reports/lighthouse/.
 * Exits 1 when a median misses its target (scripts/lighthouse/summary.ts), 2 without a build.
 *
 *   npm run lighthouse -- [--runs N] [--port P] [--bare] [/path …]
 *
 * `--bare` also measures a minimal App Router page built with the same node_modules, so the
 * framework's own figures on this machine sit beside the site's (reported, not gated).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Result } from "lighthouse";
import { chromiumArgs, chromiumPath } from "./chromium";
import { buildBareApp, nextBin } from "./lighthouse/bare-app";
import { startServer, type Server } from "./lighthouse/server";
import {
  failures,
  formatLighthouseTable,
  summarise,
  type Row,
  type RunFigures,
} from "./lighthouse/summary";
import { exitWithUsage, parseArguments, wholeNumber } from "./lib/args.mjs";
import { PortInUseError, freePort } from "./lib/free-port.mjs";
import { firstPageOf } from "./lib/site-pages";
import { routes } from "../lib/content/routes";

/** A page of each layout: home, an element, the quote browser, and search with a query. */
const defaultPaths = () => [
  routes.home(),
  firstPageOf("element").path,
  routes.quotes(),
  `${routes.search()}?q=poverty`,
];
const root = process.cwd();

const USAGE = "Usage: npm run lighthouse -- [--runs N] [--port P] [--bare] [/path …]";

type Options = { runs: number; port: number; bare: boolean; paths: string[] };

function readOptions(): Options {
  const { values, positionals } = parseArguments(
    {
      options: { runs: { type: "string" }, port: { type: "string" }, bare: { type: "boolean" } },
      allowPositionals: true,
    },
    USAGE,
  );
  const notPath = positionals.find((arg) => !arg.startsWith("/"));
  if (notPath !== undefined) exitWithUsage(`Unknown argument "${notPath}".`, USAGE);
  return {
    runs: wholeNumber(values.runs, { name: "--runs", min: 1, max: 50, fallback: 3, usage: USAGE }),
    // 0: a free port of the system's choosing.
    port: wholeNumber(values.port, {
      name: "--port",
      min: 1,
      max: 65535,
      fallback: 0,
      usage: USAGE,
    }),
    bare: values.bare ?? false,
    paths: positionals.length > 0 ? positionals : defaultPaths(),
  };
}

const cleanups: (() => Promise<void>)[] = [];
let stopping = false;
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    console.error(`\nStopping (${signal}): closing the browser and the server.`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** Figures from a saved Lighthouse JSON report. */
function figuresOf(lhr: Result): RunFigures {
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return typeof s === "number" ? Math.round(s * 100) : null;
  };
  const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    lcpMs: value("largest-contentful-paint"),
    cls: value("cumulative-layout-shift"),
    tbtMs: value("total-blocking-time"),
  };
}

/** One run in its own Node process (see run-once.mjs for why); resolves to its figures. */
async function runOnce(url: string, base: string, chrome: string): Promise<RunFigures> {
  if (stopping) throw new Error("Stopped.");
  const child = spawn(
    process.execPath,
    [
      path.join(root, "scripts", "lighthouse", "run-once.mjs"),
      url,
      base,
      chrome,
      JSON.stringify(["--headless=new", ...chromiumArgs]),
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  // Waits for the child, which closes its browser before exiting.
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  cleanups.push(stop);
  const code = await exited;
  cleanups.splice(cleanups.indexOf(stop), 1);
  if (code !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${code}).`);
  const lhr = JSON.parse(readFileSync(`${base}.report.json`, "utf8")) as Result;
  if (lhr.runtimeError)
    console.error(`  ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return figuresOf(lhr);
}

async function measure(
  chrome: string,
  server: Server,
  label: string,
  paths: string[],
  runs: number,
  dir: string,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const p of paths) {
    const figures: RunFigures[] = [];
    const name = `${label}${p.replace(/[^a-z0-9]+/gi, "_").replace(/_$/, "") || "_home"}`;
    for (let run = 1; run <= runs; run++) {
      const f = await runOnce(server.origin + p, path.join(dir, `${name}-run${run}`), chrome);
      const exit = server.exitReport();
      if (exit) throw new Error(`The server at ${server.origin} stopped (${exit})`);
      console.log(
        `  ${label ? `${label} ` : ""}${p} run ${run}/${runs}: performance ${f.scores.performance ?? "–"}, LCP ${f.lcpMs === null ? "–" : (f.lcpMs / 1000).toFixed(2)} s`,
      );
      figures.push(f);
    }
    rows.push(summarise(label ? `${label} ${p}` : p, figures));
  }
  return rows;
}

async function serve(args: string[], cwd: string, port: number): Promise<Server> {
  const server = await startServer(process.execPath, args, `http://localhost:${port}`, cwd);
  cleanups.push(server.stop);
  return server;
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("There is no production build: run `npm run build` first.");
    process.exit(2);
  }
  const chrome = chromiumPath();
  if (!chrome) {
    console.error("No Chromium found: set CHROMIUM_PATH or install chromium (see README).");
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const dir = path.join(root, "reports", "lighthouse", stamp);
  mkdirSync(dir, { recursive: true });

  const rows: Row[] = [];
  if (options.bare) {
    console.log("Building the bare page for comparison…");
    const bareDir = buildBareApp(root);
    const port = await freePort();
    const bare = await serve([nextBin(root), "start", "-p", String(port)], bareDir, port);
    console.log(`Measuring the bare page at ${bare.origin}`);
    rows.push(...(await measure(chrome, bare, "bare", ["/"], options.runs, dir)));
    await bare.stop();
  }

  const port = await freePort(options.port).catch((error: unknown) => {
    if (!(error instanceof PortInUseError)) throw error;
    console.error(`Port ${options.port} is in use: choose another with --port.`);
    process.exit(2);
  });
  const site = await serve(["scripts/start.mjs", "--no-build", "-p", String(port)], root, port);
  console.log(`Measuring ${site.origin}, ${options.runs} run(s) per URL, mobile, simulated 4G`);
  const siteRows = await measure(chrome, site, "", options.paths, options.runs, dir);
  rows.push(...siteRows);
  await cleanUp();

  writeFileSync(path.join(dir, "summary.json"), JSON.stringify(rows, null, 2) + "\n");
  console.log(`\nMedians of ${options.runs} run(s) (reports in ${path.relative(root, dir)}):\n`);
  console.log(formatLighthouseTable(rows));
  const missed = failures(siteRows);
  if (missed.length > 0) {
    console.error(`\nBelow target:\n  ${missed.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nEvery median meets its target.");
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await cleanUp();
  process.exit(1);
});
