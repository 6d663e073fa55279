import fs from "node:fs";
import { CONTENT_FILE, generatedPath } from "./generated";
import type { ContentBundle } from "./types";

/**
 * Reads the bundle that scripts/build-content.ts validated and wrote. Plain Node, no
 * server-only: build scripts and tests use it as pages do (through api.ts).
 */
export function readContentBundle(file = generatedPath(CONTENT_FILE)): ContentBundle {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: run "npm run content" (npm run build and npm run dev do it first).`,
    );
  }
  // Written by build-content from a fully validated bundle, so the shape is known.
  return JSON.parse(fs.readFileSync(file, "utf8")) as ContentBundle;
}
