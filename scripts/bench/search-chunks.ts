/**
 * Search must cost nothing until it is used: the dialog, flexsearch and the index are fetched on
 * first use. These helpers find the lazy search chunks in a build and the pages whose first load
 * would fetch them anyway.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { routes } from "../../lib/content/routes";
import { SEARCH_INDEX_PATH } from "../../lib/search/definition";
import type { PageWeight } from "./pages";

/**
 * Text that only each piece of search code carries, to find its chunk in a minified build:
 * an option name of flexsearch's that survives minifying in its full and compact builds alike
 * (the compact build's only "FlexSearch" is in the licence comment, which the bundler drops;
 * "bidirectional", used before, is also in the Word library's chunk), and a line of the dialog's (components/search/search-dialog.client.tsx;
 * the /search page shares its other texts, and may load its code up front).
 */
export const SEARCH_MARKERS = {
  flexsearch: "fastupdate",
  "search dialog": "Type to search elements, findings, quotes and speakers.",
} as const;

export type SearchChunk = { name: keyof typeof SEARCH_MARKERS; src: string };

/**
 * The client chunks (as `/_next/static/chunks/…` addresses) that hold each marked piece of code:
 * one entry per chunk and piece whose marker text the chunk contains.
 */
export function findMarkedChunks<Name extends string>(
  distDir: string,
  markers: Readonly<Record<Name, string>>,
): { name: Name; src: string }[] {
  const chunksDir = path.join(distDir, "static", "chunks");
  const names = Object.keys(markers) as Name[];
  return readdirSync(chunksDir)
    .filter((file) => file.endsWith(".js"))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(path.join(chunksDir, file), "utf8");
      return names
        .filter((name) => text.includes(markers[name]))
        .map((name) => ({ name, src: `/_next/static/chunks/${file}` }));
    });
}

/** The client chunks that hold search code. */
export const findSearchChunks = (distDir: string): SearchChunk[] =>
  findMarkedChunks(distDir, SEARCH_MARKERS);

/** A `<link>` that would fetch the index with the page (preload, prefetch and the like). */
export const linksIndex = (html: string): boolean =>
  [...html.matchAll(/<link\b[^>]*>/g)].some((m) => m[0].includes(`"${SEARCH_INDEX_PATH}"`));

/**
 * Routes whose HTML references a search chunk or links the index. The search page itself may
 * fetch the index with the page: there, search is what the reader came for.
 */
export function pagesLoadingSearch(
  pages: readonly Pick<PageWeight, "route" | "scripts">[],
  searchChunks: readonly SearchChunk[],
  distDir: string,
): string[] {
  const chunks = new Set(searchChunks.map((chunk) => chunk.src));
  return pages
    .filter((page) => {
      if (page.scripts.some((src) => chunks.has(src))) return true;
      if (page.route === routes.search()) return false;
      const file = path.join(
        distDir,
        "server",
        "app",
        `${page.route === "/" ? "index" : page.route.slice(1)}.html`,
      );
      return linksIndex(readFileSync(file, "utf8"));
    })
    .map((page) => page.route);
}
