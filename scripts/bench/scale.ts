/**
 * How the build grows with the content. For the real content and for
 * synthetic content of several sizes (`--sizes 250,1000`), it measures the content build cold
 * (empty MDX cache) and warm (unchanged content, full cache), the full `next build`, the pages
 * generated, the largest page (HTML, gzip), the search index (gzip) and search latency, then the
 * time per document, to show whether the build grows linearly. Builds go to .generated/bench/,
 * beside the real build, which is left as it was; .generated/content.json is rebuilt from content/
 * at the end.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readContentBundle } from "../../lib/content/bundle";
import { createContentApi } from "../../lib/content/content-api";
import { listSitePages } from "../../lib/site-model/model";
import { buildSearchRecords } from "../../lib/search/records";
import { exitWithUsage } from "../lib/args.mjs";
import { type Align, formatTable } from "../lib/table";
import { measurePages } from "./pages";
import { benchSearch } from "./search";
import { writeSyntheticContent } from "../synthetic/generate";

const root = process.cwd();
const benchDir = path.join(root, ".generated", "bench");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

/** The sizes `--sizes` takes when not given. */
export const DEFAULT_SIZES = "250,1000";

/** `--sizes 250,1000`: whole numbers of documents, 100 or more; undefined when it is not that. */
function parseSizes(raw: string): number[] | undefined {
  const sizes = raw.split(",").map(Number);
  return sizes.every((n) => Number.isInteger(n) && n >= 100) ? sizes : undefined;
}

/** The `--sizes` option's value as sizes, or exit with the usage line when it is not valid. */
export function sizesOrExit(raw: string, usage: string): number[] {
  const sizes = parseSizes(raw);
  if (sizes) return sizes;
  return exitWithUsage(
    `--sizes takes whole numbers of documents, 100 or more (got "${raw}").`,
    usage,
  );
}

/** Runs a command, fails loudly, returns its wall time in ms. */
function timed(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${args.slice(1).join(" ")} failed`);
  }
  return performance.now() - started;
}

interface ScaleRow {
  corpus: string;
  documents: number;
  contentColdMs: number;
  contentWarmMs: number;
  nextBuildMs: number;
  pages: number;
  largestPage: string;
  largestKb: number;
  indexKb: number;
  queryP95Ms: number;
}

function benchCorpus(corpus: string, contentDir: string): ScaleRow {
  const work = path.join(benchDir, corpus.replace(/\W+/g, "-"));
  const cacheDir = path.join(work, "mdx-cache");
  const distDir = path.relative(root, path.join(work, "next"));
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, CONTENT_CACHE_DIR: cacheDir };
  const contentColdMs = timed([tsxBin, "scripts/build-content.ts"], env);
  const contentWarmMs = timed([tsxBin, "scripts/build-content.ts"], env);
  const nextBuildMs = timed([nextBin, "build"], { ...env, NEXT_DIST_DIR: distDir });

  const pages = measurePages(path.join(root, distDir)).filter(
    (page) => !page.route.startsWith("/_not-found"),
  );
  const largest = pages.reduce((a, b) => (b.htmlKb > a.htmlKb ? b : a));
  const bundle = readContentBundle();
  const api = createContentApi(bundle);
  const records = buildSearchRecords(api, listSitePages(bundle));
  const search = benchSearch(corpus, records);
  // Each build is hundreds of megabytes; the figures are all that is kept.
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  const documents =
    bundle.elements.length + bundle.speakers.length + bundle.quotes.length + bundle.findings.length;
  return {
    corpus,
    documents,
    contentColdMs,
    contentWarmMs,
    nextBuildMs,
    pages: pages.length,
    largestPage: largest.route,
    largestKb: largest.htmlKb,
    indexKb: search.indexBytesGz / 1024,
    queryP95Ms: search.queryP95Ms,
  };
}

export async function runScaleBench(sizes: readonly number[]): Promise<void> {
  if (!existsSync(nextBin)) throw new Error("next is not installed: run npm install first.");
  // next build may add its types folder to tsconfig.json; the benchmark leaves no trace there.
  const tsconfig = readFileSync(path.join(root, "tsconfig.json"), "utf8");
  const rows: ScaleRow[] = [];
  try {
    rows.push(benchCorpus("real", path.join(root, "content")));
    for (const size of sizes) {
      const dir = path.join(benchDir, `content-${size}`);
      await writeSyntheticContent(path.join(root, "content"), dir, size);
      rows.push(benchCorpus(`synthetic ${size}`, dir));
    }
  } finally {
    writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
    timed([tsxBin, "scripts/build-content.ts"], {});
  }
  print(rows);
}

function print(rows: readonly ScaleRow[]): void {
  const head = [
    "corpus",
    "documents",
    "content cold ms",
    "content warm ms",
    "next build s",
    "pages",
    "largest page (gzip KB)",
    "index gzip KB",
    "query p95 ms",
  ];
  const body = rows.map((r) => [
    r.corpus,
    String(r.documents),
    r.contentColdMs.toFixed(0),
    r.contentWarmMs.toFixed(0),
    (r.nextBuildMs / 1000).toFixed(1),
    String(r.pages),
    `${r.largestPage} (${r.largestKb.toFixed(1)})`,
    r.indexKb.toFixed(1),
    r.queryP95Ms.toFixed(3),
  ]);
  // The corpus and the largest page are words; the rest are figures.
  const align = head.map((_, i): Align => (i === 0 || i === 6 ? "left" : "right"));
  console.log(`\n${formatTable(head, body, align)}`);
  const synthetic = rows.filter((r) => r.corpus.startsWith("synthetic"));
  if (synthetic.length >= 2) {
    const [small, large] = [synthetic[0], synthetic[synthetic.length - 1]];
    if (small && large) {
      const perDoc = (r: ScaleRow) => r.nextBuildMs / r.pages;
      const growth = perDoc(large) / perDoc(small);
      console.log(
        `\nnext build per page: ${perDoc(small).toFixed(0)} ms at ${small.pages} pages, ${perDoc(large).toFixed(0)} ms at ${large.pages} pages (x${growth.toFixed(2)}: ${growth <= 1.25 ? "no faster than linear" : "faster than linear"}).`,
      );
    }
  }
  const over = rows.filter((r) => r.largestKb > 100);
  console.log(
    over.length === 0
      ? "No page over 100 KB gzip."
      : `Over 100 KB gzip: ${over.map((r) => `${r.corpus} ${r.largestPage}`).join(", ")}`,
  );
}
