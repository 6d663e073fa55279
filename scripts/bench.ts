/**
 * Benchmarks, run with `npm run bench` after `npm run build`:
 *   - the content build (validate, cross-check and compile everything in content/), median of runs;
 *   - the JavaScript each built page loads at first (gzip), against a budget: the framework's own
 *     floor (about 170 KB for Next 16 + React 19) plus a small allowance for the site's islands;
 *   - the HTML weight of each page (gzip).
 * `--check` exits 1 when a page is over the JavaScript budget.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContent } from "../lib/content/load";
import { printSearchTable, runSearchBench } from "./bench/search";

/** The framework's own first-load JavaScript (an empty App Router page, Next 16 + React 19). */
const FRAMEWORK_FLOOR_KB = 170;
/** What the site may add: content pages carry small islands, the two browsers their filters. */
const BROWSER_ROUTES = new Set(["/quotes", "/findings"]);
const budgetFor = (route: string) => FRAMEWORK_FLOOR_KB + (BROWSER_ROUTES.has(route) ? 25 : 15);
const RUNS = 3;
const root = process.cwd();
const appDir = path.join(root, ".next", "server", "app");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") && !name.startsWith("_global-error") ? [full] : [];
  });
}

const gzipKb = (buffer: Buffer | string) => gzipSync(buffer).length / 1024;

async function benchContent(): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await loadContent(path.join(root, "content"));
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
}

function benchPages(): { route: string; jsKb: number; htmlKb: number }[] {
  const chunkCache = new Map<string, number>();
  return htmlFiles(appDir)
    .map((file) => {
      const html = readFileSync(file, "utf8");
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
      const jsKb = [...new Set(scripts)].reduce((sum, src) => {
        if (!chunkCache.has(src)) {
          const local = path.join(root, ".next", src.replace(/^\/_next\//, ""));
          chunkCache.set(src, gzipKb(readFileSync(local)));
        }
        return sum + (chunkCache.get(src) ?? 0);
      }, 0);
      const relative = path
        .relative(appDir, file)
        .split(path.sep)
        .join("/")
        .replace(/\.html$/, "");
      const route = relative === "index" ? "/" : `/${relative}`;
      return { route, jsKb, htmlKb: gzipKb(html) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  console.log(`Content build (median of ${RUNS}): ${(await benchContent()).toFixed(0)} ms`);
  let pages: ReturnType<typeof benchPages>;
  try {
    pages = benchPages();
  } catch {
    console.error("No production build found: run `npm run build` first.");
    process.exit(2);
  }
  console.log(
    `\nFirst-load JavaScript per page (gzip; budget: ${FRAMEWORK_FLOOR_KB} KB framework floor + 15 KB, or + 25 KB on ${[...BROWSER_ROUTES].join(" and ")}):`,
  );
  console.log("page".padEnd(52) + "JS KB".padStart(8) + "HTML KB".padStart(9));
  for (const { route, jsKb, htmlKb } of pages) {
    const flag = jsKb > budgetFor(route) ? "  over budget" : "";
    console.log(
      route.padEnd(52) + jsKb.toFixed(1).padStart(8) + htmlKb.toFixed(1).padStart(9) + flag,
    );
  }
  const over = pages.filter((page) => page.jsKb > budgetFor(page.route));
  const largest = Math.max(...pages.map((page) => page.jsKb));
  console.log(
    `\n${pages.length} pages; largest first-load JS ${largest.toFixed(1)} KB; ${over.length} over budget.`,
  );
  const search = runSearchBench();
  printSearchTable(search);
  const synthetic = search.find((result) => result.corpus === "synthetic");
  // The last line is one JSON object, for tools that track the numbers over time.
  if (synthetic) {
    const { docs, indexBytesGz, loadMs, queryP50Ms, queryP95Ms, recall } = synthetic;
    console.log(JSON.stringify({ docs, indexBytesGz, loadMs, queryP50Ms, queryP95Ms, recall }));
  }
  if (check && over.length > 0) process.exit(1);
}

void main();
