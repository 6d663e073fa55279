import { execSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

const PORT = 3100;
const baseURL = `http://localhost:${PORT}`;
const isCI = Boolean(process.env.CI);

/**
 * The browser to drive: CHROMIUM_PATH if set, else the system's chromium (as on Debian, where
 * browser downloads are blocked), else Playwright's own (after `npx playwright install chromium`).
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execSync("command -v chromium", {
      encoding: "utf8",
      shell: "/bin/sh",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL,
    browserName: "chromium",
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      // Checks of what the server answers, whatever the window size, run once (on desktop).
      grepInvert: /@any-viewport/,
    },
  ],
  // Serves the production build: run `npm run build` first (`npm test` does).
  webServer: {
    command: `npm run serve -- -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
