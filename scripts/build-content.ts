/**
 * Validates and compiles content/ once per build, before Next renders any page, and writes the
 * result to .generated/. A broken content file stops the build here with a message naming it.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { CONTENT_FILE, generatedPath } from "../lib/content/generated";
import { buildContent } from "../lib/site-model/build";

async function main(): Promise<void> {
  const started = performance.now();
  // CONTENT_DIR points the build at another content folder (the synthetic one, for scale tests).
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");
  const stats = { compiled: 0, cached: 0 };
  const bundle = await buildContent(contentDir, {
    // CONTENT_CACHE=0 compiles everything afresh; CONTENT_CACHE_DIR keeps another cache.
    cacheDir:
      process.env.CONTENT_CACHE === "0"
        ? undefined
        : path.resolve(process.env.CONTENT_CACHE_DIR ?? generatedPath("mdx-cache")),
    stats,
  });
  const target = generatedPath(CONTENT_FILE);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written beside the target and renamed over it, so a build reading it at the same moment (as
  // `npm test` runs unit tests beside the builds) sees the old file or the new, never half of one.
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(bundle));
  await fs.rename(temporary, target);
  const counts = Object.entries(bundle)
    .flatMap(([name, items]) => (Array.isArray(items) ? [`${items.length} ${name}`] : []))
    .join(", ");
  console.log(
    `Content checked and compiled in ${Math.round(performance.now() - started)} ms: ${counts} (${stats.compiled} bodies compiled, ${stats.cached} from the cache).`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ContentError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(
      "\nContent could not be built:",
      error instanceof Error ? error.message : error,
      "\n",
    );
  }
  process.exit(1);
});
