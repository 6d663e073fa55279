/**
 * Benchmarks, run with `npm run bench` after `npm run build`:
 *   - the content build (validate, cross-check and compile everything in content/), median of runs;
 *   - the JavaScript each built page loads at first (gzip), against its budget: the framework's
 *     own floor plus a small allowance for the site's islands (scripts/bench/pages.ts). The floor
 *     is the one `npm run size` measured and cached; before that, an assumed 170 KB (Next 16 +
 *     React 19, measured once by hand), labelled as such;
 *   - the HTML weight of each page (gzip);
 *   - the search index (scripts/bench/search.ts), then search relevance over the judged query set
 *     (scripts/bench/relevance.ts: success@1, success@3, MRR, nDCG@5 and the queries that miss);
 *   - then, unless `--no-scale`, the scale benchmark (scripts/bench/scale.ts): the real content
 *     and synthetic content of 250 and 1,000 documents built beside the real build, with build
 *     times cold and warm, pages, largest page, index size and search latency (a few minutes).
 * `--check` exits 1 when a page is over the JavaScript budget.
 */
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { cachedFloor } from "./bench/floor";
import {
  BROWSER_ALLOWANCE_KB,
  BROWSER_ROUTES,
  CONTENT_ALLOWANCE_KB,
  type PageWeight,
  judgePages,
  measurePages,
} from "./bench/pages";
import { DEFAULT_SIZES, runScaleBench, sizesOrExit } from "./bench/scale";
import { printRelevanceTable, runRelevanceBench } from "./bench/relevance";
import { printSearchTable, runSearchBench } from "./bench/search";
import { parseArguments } from "./lib/args.mjs";
import { median } from "./lib/median";
import { formatTable } from "./lib/table";

/** Used only until `npm run size` has measured the floor for the installed versions. */
const ASSUMED_FLOOR_KB = 170;
const RUNS = 3;
const root = process.cwd();
const USAGE = "Usage: npm run bench -- [--check] [--no-scale] [--sizes 250,1000]";

async function benchContent(): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await loadContent(path.join(root, "content"));
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const { values } = parseArguments(
    {
      options: {
        check: { type: "boolean" },
        "no-scale": { type: "boolean" },
        sizes: { type: "string", default: DEFAULT_SIZES },
      },
    },
    USAGE,
  );
  const sizes = sizesOrExit(values.sizes, USAGE);
  console.log(`Content build (median of ${RUNS}): ${(await benchContent()).toFixed(0)} ms`);
  let pages: PageWeight[];
  try {
    pages = measurePages(path.join(root, ".next"));
  } catch {
    console.error("No production build found: run `npm run build` first.");
    process.exit(2);
  }
  const measured = cachedFloor(root);
  const floorKb = measured?.jsKb ?? ASSUMED_FLOOR_KB;
  const floorLabel = measured
    ? `${floorKb.toFixed(1)} KB framework floor (measured by npm run size)`
    : `${floorKb} KB framework floor (assumed: run npm run size to measure it)`;
  console.log(
    `\nFirst-load JavaScript per page (gzip; budget: ${floorLabel} + ${CONTENT_ALLOWANCE_KB} KB, or + ${BROWSER_ALLOWANCE_KB} KB on ${[...BROWSER_ROUTES].join(" and ")}):`,
  );
  const verdicts = judgePages(pages, floorKb);
  const rows = pages.map(({ route, jsKb, htmlKb }, i) => [
    route,
    jsKb.toFixed(1),
    htmlKb.toFixed(1),
    verdicts[i]?.ok === false ? "over budget" : "",
  ]);
  console.log(
    formatTable(["page", "JS KB", "HTML KB", ""], rows, ["left", "right", "right", "left"]),
  );
  const over = verdicts.filter((verdict) => !verdict.ok);
  const largest = Math.max(...pages.map((page) => page.jsKb));
  console.log(
    `\n${pages.length} pages; largest first-load JS ${largest.toFixed(1)} KB; ${over.length} over budget.`,
  );
  const search = runSearchBench();
  printSearchTable(search);
  printRelevanceTable(runRelevanceBench());
  const synthetic = search.find((result) => result.corpus === "synthetic");
  // The last line is one JSON object, for tools that track the numbers over time.
  if (synthetic) {
    const { docs, indexBytesGz, loadMs, queryP50Ms, queryP95Ms, recall } = synthetic;
    console.log(JSON.stringify({ docs, indexBytesGz, loadMs, queryP50Ms, queryP95Ms, recall }));
  }
  if (values.check && over.length > 0) process.exit(1);
  if (!values["no-scale"]) {
    console.log("\nScale: the real and synthetic content, each built beside the real build.");
    await runScaleBench(sizes);
  }
}

void main();
