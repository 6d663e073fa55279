import type { NextConfig } from "next";
import { headerRules } from "./lib/security-headers";

// `npm run export` sets NEXT_OUTPUT=export for a static site in out/ (scripts/export.ts); read
// here once. Everything else is the same in both builds, trailingSlash included, so URLs agree.
const isExport = process.env.NEXT_OUTPUT === "export";

// The browser's search loads flexsearch's compact build: the Document index with export and
// import, a 10.2 KB (gzip) chunk against the full bundle's 16.7 KB. flexsearch's `exports` map
// hides the file, so it gets a name of its own (types/flexsearch-compact.d.ts); vitest.config.mts
// reads it from here.
const FLEXSEARCH_COMPACT = "./node_modules/flexsearch/dist/flexsearch.compact.module.min.js";

// Content is validated and compiled into .generated/ before `next build` (see
// scripts/build-content.ts); every page is then generated statically from it.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  // NEXT_DIST_DIR lets the scale benchmark build other content beside the real build, not over it.
  // (With export, distDir names the export folder instead: it is left alone there.)
  ...(!isExport && process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  poweredByHeader: false,
  turbopack: { resolveAlias: { "flexsearch-compact": FLEXSEARCH_COMPACT } },
  // Next hashes every page it sends for its ETag, about a fifth of its time under load; every
  // page is fixed for the life of a build, so scripts/server.mjs sends the build's id instead.
  generateEtags: false,
  trailingSlash: false,
  // A static export cannot send headers: out/_headers carries them for the host instead.
  ...(isExport
    ? { output: "export" as const, images: { unoptimized: true } }
    : { headers: async () => headerRules() }),
};

export default nextConfig;
