/**
 * Takes screenshots of a running site at phone and desktop widths, light and dark, for looking
 * at pages as a person would: `npm run screenshots -- /path [/other …]`; with no paths, one page
 * of every type (from the one list of pages) and the 404 page. Needs the site running (npm start). BASE_URL and OUT_DIR override the defaults; FULL=0 keeps to the first screen.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { readContentBundle } from "../lib/content/bundle";
import { listSitePages } from "../lib/site-model/model";
import { chromiumArgs, chromiumPath } from "./chromium";
import { exitWithUsage, parseArguments } from "./lib/args.mjs";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const outDir = process.env.OUT_DIR ?? "test-results/screenshots";
const USAGE = "Usage: npm run screenshots -- [/path …]";
const paths = [...parseArguments({ allowPositionals: true }, USAGE).positionals];
const notPath = paths.find((arg) => !arg.startsWith("/"));
if (notPath !== undefined)
  exitWithUsage(`"${notPath}" is not a path: paths start with "/".`, USAGE);
if (paths.length === 0) {
  // The first page of each kind, plus every list page (each is laid out differently).
  const seen = new Set<string>();
  for (const page of listSitePages(readContentBundle())) {
    if (page.kind === "list" || !seen.has(page.kind)) paths.push(page.path);
    seen.add(page.kind);
  }
  paths.push("/no-such-page");
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  mkdirSync(outDir, { recursive: true });
  const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (const path of paths) {
        await page.goto(base + path, { waitUntil: "load" });
        const name = `${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL !== "0" });
        console.log(`${outDir}/${name}`);
      }
      await page.close();
    }
  }
  await browser.close();
}

void main();
