import { execSync } from "node:child_process";

/**
 * The browser that tests and screenshots drive: CHROMIUM_PATH if set, else the system's chromium
 * (as on Debian, where browser downloads are blocked), else undefined, meaning Playwright's own
 * (after `npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
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

/** Without the background-networking flags Chromium keeps trying to reach a closed network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
