import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real package throws outside a React Server Components bundle; tests run plain Node.
      // The browser's search build (next.config.ts), so the tests can hold it to the full one.
      "flexsearch-compact": path.resolve(
        import.meta.dirname,
        "node_modules/flexsearch/dist/flexsearch.compact.module.min.js",
      ),
      "server-only": path.resolve(import.meta.dirname, "tests/unit/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30000,
  },
});
