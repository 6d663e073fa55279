import { defineConfig } from "vitest/config";
import path from "node:path";
import nextConfig from "./next.config";

// The browser's search build, from the alias next.config.ts gives it, so the tests can hold it to
// the full one.
const flexsearchCompact = nextConfig.turbopack?.resolveAlias?.["flexsearch-compact"];
if (typeof flexsearchCompact !== "string") {
  throw new Error('next.config.ts no longer names "flexsearch-compact" in turbopack.resolveAlias');
}

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "flexsearch-compact": path.resolve(import.meta.dirname, flexsearchCompact),
      // The real package throws outside a React Server Components bundle; tests run plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/unit/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30000,
  },
});
