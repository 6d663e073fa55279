/**
 * First-load JavaScript of built pages, and the one definition of the JavaScript budgets.
 * Shared by `npm run bench` and `npm run size`, so both measure and judge pages the same way.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { routes } from "../../lib/content/routes";
import { formatTable } from "../lib/table";

/** The two browsers (and the quotes' numbered pages) carry filters; other pages small islands. */
export const BROWSER_ROUTES: ReadonlySet<string> = new Set([routes.quotes(), routes.findings()]);
const QUOTE_PAGES = routes.quotesPage(2).replace(/2$/, "");
const isBrowserRoute = (route: string) =>
  BROWSER_ROUTES.has(route) || route.startsWith(QUOTE_PAGES);
export const CONTENT_ALLOWANCE_KB = 15;
export const BROWSER_ALLOWANCE_KB = 25;

/** How much JavaScript a route may add over the framework floor. */
export const allowanceFor = (route: string): number =>
  isBrowserRoute(route) ? BROWSER_ALLOWANCE_KB : CONTENT_ALLOWANCE_KB;

/** A route's budget: the floor (an empty App Router page's first load) plus its allowance. */
export const budgetFor = (route: string, floorKb: number): number => floorKb + allowanceFor(route);

export type PageWeight = {
  route: string;
  /** gzip KB of the distinct `<script src>` chunks the HTML references */
  jsKb: number;
  htmlKb: number;
  /** the distinct script addresses, as written in the HTML */
  scripts: string[];
};

const gzipKb = (buffer: Buffer | string): number => gzipSync(buffer).length / 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") && !name.startsWith("_global-error") ? [full] : [];
  });
}

/** Script addresses in the order the HTML lists them, each once. */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  return [...new Set(sources)];
}

/**
 * Every pre-rendered page of a production build in `distDir` (a `.next` folder). Throws when
 * the folder holds no build.
 */
export function measurePages(distDir: string): PageWeight[] {
  const appDir = path.join(distDir, "server", "app");
  const chunkCache = new Map<string, number>();
  const chunkKb = (src: string): number => {
    let kb = chunkCache.get(src);
    if (kb === undefined) {
      kb = gzipKb(readFileSync(path.join(distDir, src.replace(/^\/_next\//, ""))));
      chunkCache.set(src, kb);
    }
    return kb;
  };
  return htmlFiles(appDir)
    .map((file) => {
      const html = readFileSync(file, "utf8");
      const scripts = scriptSources(html);
      const jsKb = scripts.reduce((sum, src) => sum + chunkKb(src), 0);
      const relative = path
        .relative(appDir, file)
        .split(path.sep)
        .join("/")
        .replace(/\.html$/, "");
      const route = relative === "index" ? "/" : `/${relative}`;
      return { route, jsKb, htmlKb: gzipKb(html), scripts };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export type BudgetRow = {
  route: string;
  jsKb: number;
  overFloorKb: number;
  budgetKb: number;
  ok: boolean;
};

/** Each page against its budget. */
export function judgePages(pages: readonly { route: string; jsKb: number }[], floorKb: number) {
  return pages.map(({ route, jsKb }): BudgetRow => {
    const budgetKb = budgetFor(route, floorKb);
    return { route, jsKb, overFloorKb: jsKb - floorKb, budgetKb, ok: jsKb <= budgetKb };
  });
}

/** The table `npm run size` prints, one line per route. */
export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  return formatTable(
    ["route", "JS KB gzip", "over floor", "budget", "status"],
    rows.map((row) => [
      row.route,
      row.jsKb.toFixed(1),
      `${row.overFloorKb >= 0 ? "+" : ""}${row.overFloorKb.toFixed(1)}`,
      row.budgetKb.toFixed(1),
      row.ok ? "ok" : "OVER BUDGET",
    ]),
    ["left", "right", "right", "right", "left"],
  );
}
