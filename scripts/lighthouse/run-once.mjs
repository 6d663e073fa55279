// One Lighthouse run in a fresh headless Chromium, for scripts/lighthouse.ts:
//   node scripts/lighthouse/run-once.mjs <url> <report base path> <chromium path> <flags as JSON>
// writes <base>.report.html and <base>.report.json. Plain Node on purpose: under tsx, esbuild's
// keepNames wraps Lighthouse's page functions in __name(), which the page does not define.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { exitWithUsage, parseArguments } from "../lib/args.mjs";

const USAGE = "Usage: run-once.mjs <url> <report base> <chromium path> <flags JSON>";
const { positionals } = parseArguments({ allowPositionals: true }, USAGE);
const [url, base, chromePath, flagsJson] = positionals;
if (positionals.length !== 4 || !url || !base || !chromePath || !flagsJson) {
  exitWithUsage(`Give all four arguments (got ${positionals.length}).`, USAGE);
}

// Handlers first: a stop that arrives while the browser is starting must still close it.
let chrome;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    chrome?.kill();
    if (chrome) process.exit(130);
  });
}
chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: JSON.parse(flagsJson),
  logLevel: "silent",
});
if (stopping) {
  chrome.kill();
  process.exit(130);
}

try {
  // Lighthouse's defaults: mobile emulation and simulated throttling.
  const result = await lighthouse(url, {
    port: chrome.port,
    output: ["html", "json"],
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
  const [html, json] = result.report;
  writeFileSync(`${base}.report.html`, html);
  writeFileSync(`${base}.report.json`, json);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  chrome.kill();
}
