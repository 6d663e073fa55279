/**
 * `npm run size`, after `npm run build`: the first-load JavaScript (gzip) of every route of the
 * production build in .next, against the framework floor measured on a bare App Router page
 * built with the same Next.js and React. Content pages may add 15 KB over the floor, /quotes and
 * /findings 25 KB (scripts/bench/pages.ts). Also checks that no page loads search up front,
 * nor the Word library, nor the brief page's code outside /brief.
 *
 * Exit codes: 0 within budget, 1 a route over budget or search in a first load, 2 no build or
 * the bare page would not build.
 * `--rebuild-floor` measures the floor again instead of using the cached figure.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { frameworkFloor } from "./bench/floor";
import { formatBudgetTable, judgePages, measurePages } from "./bench/pages";
import { SEARCH_MARKERS, findSearchChunks, pagesLoadingSearch } from "./bench/search-chunks";
import { BRIEF_MARKERS, findBriefChunks, pagesLoadingBrief } from "./bench/brief-chunks";
import { parseArguments } from "./lib/args.mjs";

const root = process.cwd();
const distDir = path.join(root, ".next");

function main(): void {
  const { values } = parseArguments(
    { options: { "rebuild-floor": { type: "boolean" } } },
    "Usage: npm run size -- [--rebuild-floor]",
  );
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(path.join(distDir, "server"))) {
    console.error("No production build in .next: run `npm run build` first.");
    process.exit(2);
  }
  const pages = measurePages(distDir);
  if (pages.length === 0) {
    console.error("The build in .next has no pre-rendered pages: run `npm run build` again.");
    process.exit(2);
  }

  const started = performance.now();
  let floor: ReturnType<typeof frameworkFloor>;
  try {
    floor = frameworkFloor(root, { rebuild: values["rebuild-floor"] ?? false });
  } catch (error) {
    console.error(
      `Could not measure the framework floor: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  }
  const how = floor.cached
    ? `cached ${floor.measuredAt.slice(0, 10)}`
    : `built in ${((performance.now() - started) / 1000).toFixed(0)} s`;
  const versions = Object.entries(floor.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(", ");
  console.log(
    `Framework floor (bare App Router page; ${versions}; ${how}): ${floor.jsKb.toFixed(1)} KB gzip\n`,
  );

  const rows = judgePages(pages, floor.jsKb);
  console.log(formatBudgetTable(rows));
  const over = rows.filter((row) => !row.ok);
  const largest = rows.reduce((max, row) => (row.jsKb > max.jsKb ? row : max));
  console.log(
    `\n${rows.length} routes; largest ${largest.route} ${largest.jsKb.toFixed(1)} KB; ${over.length} over budget.`,
  );

  const searchChunks = findSearchChunks(distDir);
  const loading = pagesLoadingSearch(pages, searchChunks, distDir);
  // A marker that matches nothing (search removed, or the dialog's words changed) is reported,
  // not failed: the check then covers only the chunks it found.
  for (const name of Object.keys(SEARCH_MARKERS)) {
    if (!searchChunks.some((chunk) => chunk.name === name)) {
      console.log(
        `Search: no ${name} chunk found (scripts/bench/search-chunks.ts names its marker).`,
      );
    }
  }
  const found = searchChunks.map((chunk) => `${chunk.name} ${path.basename(chunk.src)}`);
  if (loading.length === 0) {
    console.log(`Search: ${found.join(", ")} and the index are in no page's first load.`);
  } else {
    console.log(`Search code or index in the first load of: ${loading.join(", ")}`);
  }

  // The brief's page code only on /brief, and the Word library on no page, as for search.
  const briefChunks = findBriefChunks(distDir);
  for (const name of Object.keys(BRIEF_MARKERS) as (keyof typeof BRIEF_MARKERS)[]) {
    const found = briefChunks.filter((chunk) => chunk.name === name);
    console.log(
      found.length === 0
        ? `Brief: no ${name} chunk found (scripts/bench/brief-chunks.ts names its marker).`
        : `Brief: ${name} in ${found.map((chunk) => path.basename(chunk.src)).join(", ")}.`,
    );
  }
  const briefLoading = pagesLoadingBrief(pages, briefChunks);
  console.log(
    briefLoading.length === 0
      ? "Brief: the Word code is in no page's first load, and the brief's own code only in /brief's."
      : `Brief code in the first load of: ${briefLoading.join(", ")}`,
  );

  if (over.length > 0 || loading.length > 0 || briefLoading.length > 0) process.exit(1);
}

main();
