import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { CompiledBody } from "./compile";

/**
 * Bump when compileMdx's own settings change (plugins, their options, what it collects): cached
 * bodies made under other settings are then never read.
 */
export const COMPILER_SETTINGS = "compile-mdx-v1";

const PACKAGES = [
  "mdx-bundler",
  "esbuild",
  "remark-gfm",
  "rehype-slug",
  "rehype-autolink-headings",
] as const;

let compilerKey: string | undefined;

/** The compiler's settings and the exact versions of every package that shapes its output. */
function compilerFingerprint(): string {
  if (compilerKey) return compilerKey;
  // Resolved from this file, so the versions are those the compiler itself loads.
  const require = createRequire(import.meta.url);
  const versions = PACKAGES.map((name) => {
    try {
      const manifest = require(`${name}/package.json`) as { version?: string };
      return `${name}@${manifest.version ?? "?"}`;
    } catch {
      // Some packages do not export their package.json: fall back to resolving the entry point.
      return `${name}@${require.resolve(name)}`;
    }
  });
  compilerKey = [COMPILER_SETTINGS, ...versions].join("|");
  return compilerKey;
}

export function cacheKey(source: string): string {
  return createHash("sha256")
    .update(compilerFingerprint())
    .update("\0")
    .update(source)
    .digest("hex");
}

/**
 * Compiles through a cache on disk keyed by a hash of the source and the compiler's fingerprint,
 * so a rebuild compiles only what changed. A broken or missing cache entry is just compiled again.
 */
export async function compileCached(
  source: string,
  compile: (source: string) => Promise<CompiledBody>,
  cacheDir: string | undefined,
): Promise<{ body: CompiledBody; fromCache: boolean }> {
  if (!cacheDir) return { body: await compile(source), fromCache: false };
  const file = path.join(cacheDir, `${cacheKey(source)}.json`);
  try {
    return { body: JSON.parse(await fs.readFile(file, "utf8")) as CompiledBody, fromCache: true };
  } catch {
    const body = await compile(source);
    await fs.mkdir(cacheDir, { recursive: true });
    // Written whole under a temporary name, then renamed, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, JSON.stringify(body));
    await fs.rename(temporary, file);
    return { body, fromCache: false };
  }
}

/** Runs `work` over `items` with at most `limit` at once, keeping the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(runners);
  return results;
}
