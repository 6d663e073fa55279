import path from "node:path";

/** Where the build writes validated, compiled content for the pages to read. */
export const GENERATED_DIR = ".generated";
export const CONTENT_FILE = "content.json";

export function generatedPath(file: string, root = process.cwd()): string {
  return path.join(root, GENERATED_DIR, file);
}
