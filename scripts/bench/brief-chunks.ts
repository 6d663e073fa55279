/**
 * The brief must cost nothing on pages that do not show it: the /brief page's own code is in
 * /brief's first load only, and the Word library (docx) in none, fetched when the reader asks
 * for the file. These helpers find those chunks in a build and the pages that load them up front.
 */
import { routes } from "../../lib/content/routes";
import type { PageWeight } from "./pages";
import { findMarkedChunks } from "./search-chunks";

/**
 * Text that only each piece carries, to find its chunk in a minified build: the namespace every
 * Word document the docx library writes declares, and a line of the brief page's own
 * (components/brief/brief-view.client.tsx).
 */
export const BRIEF_MARKERS = {
  "Word (docx)": "schemas.openxmlformats.org/wordprocessingml/2006/main",
  "brief page": "This brief came from its address.",
} as const;

/** The one page each piece may be part of the first load of (none for the Word library). */
const ALLOWED: Record<keyof typeof BRIEF_MARKERS, string | null> = {
  "Word (docx)": null,
  "brief page": routes.brief(),
};

export type BriefChunk = { name: keyof typeof BRIEF_MARKERS; src: string };

/** The client chunks that hold the brief's code and the Word library. */
export const findBriefChunks = (distDir: string): BriefChunk[] =>
  findMarkedChunks(distDir, BRIEF_MARKERS);

/** "route: piece" for each page whose first load holds a brief chunk it should not. */
export function pagesLoadingBrief(
  pages: readonly Pick<PageWeight, "route" | "scripts">[],
  chunks: readonly BriefChunk[],
): string[] {
  return pages.flatMap((page) =>
    chunks
      .filter((chunk) => page.scripts.includes(chunk.src) && ALLOWED[chunk.name] !== page.route)
      .map((chunk) => `${page.route}: ${chunk.name}`),
  );
}
