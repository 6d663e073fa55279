import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * End-to-end tests against the static export (out/) under a plain static file server, as a CDN
 * would serve it. `npm test` builds the export first (`npm run test:export-build`) with the
 * SITE_URL below, and the tests expect canonical URLs on that same origin.
 */
process.env.SITE_URL ??= process.env.EXPORT_TEST_SITE_URL ?? "https://reform-research.example.org";

const PORT = Number(process.env.E2E_EXPORT_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  ...base,
  testIgnore: [],
  // A focused subset: pages, sharing, search, the browsers' filters and data files, and the 404
  // page. The browsers' accessibility and reflow checks are left to the server's suite: the
  // export's pages are the same HTML, and what differs is how the host serves them.
  testMatch: [
    "export.spec.ts",
    "sharing.spec.ts",
    "changes.spec.ts",
    "not-found.spec.ts",
    "elements.spec.ts",
    "links.spec.ts",
    "search*.spec.ts",
    "browser.spec.ts",
    "embed.spec.ts",
    "markdown.spec.ts",
  ],
  grepInvert: /has no WCAG 2\.2 AA violations|reflow to 320 px/,
  reporter: [["list"], ["html", { outputFolder: "playwright-report-export", open: "never" }]],
  // npm test runs this beside the suite against next start: its own results folder, one worker.
  outputDir: "test-results-export",
  workers: 1,
  use: { ...base.use, baseURL },
  projects: (base.projects ?? []).filter((project) => project.name === "desktop"),
  webServer: {
    command: `node scripts/serve-static.mjs out ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
