import os from "node:os";
import path from "node:path";
import { compileCached, mapLimit } from "./compile-cache";
import type { CollectionName } from "./collections";
import { collections } from "./collections";
import { compileMdx, describeCompileError } from "./compile";
import type { ContentProblem } from "./errors";
import { ContentError } from "./errors";
import type { RawEntry } from "./read";
import { readCollection, readContentFile } from "./read";
import { checkOutsideLinks } from "./outside-links";
import { checkEasyRead } from "./easy-read";
import { checkEasyReadGrades, checkInShortGrades } from "./readability";
import { checkReferences } from "./references";
import type { ContentBundle, WithBody } from "./types";

export type { ContentBundle, WithBody, WithFile } from "./types";

export interface LoadOptions {
  /** Where file names in messages are relative to; defaults to the parent of contentDir. */
  displayRoot?: string;
  /** A folder for compiled bodies keyed by content hash; without it every body is compiled. */
  cacheDir?: string;
  /** How many bodies to compile at once. */
  concurrency?: number;
  /** Counts of bodies compiled and read from the cache, filled in as the load runs. */
  stats?: { compiled: number; cached: number };
}

// MDX compiling waits on esbuild's service as well as running JavaScript: a few at once keep
// both busy.
const COMPILE_CONCURRENCY = Math.max(2, os.availableParallelism());

function withFile<C extends CollectionName>(entries: RawEntry<C>[]) {
  return entries.map(({ file, data }) => ({ ...data, file }));
}

function checkUniqueKeys<C extends CollectionName>(
  name: C,
  entries: RawEntry<C>[],
): ContentProblem[] {
  const key = collections[name].key;
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const value = String((entry.data as Record<string, unknown>)[key]);
    const first = seen.get(value);
    if (first) {
      problems.push({
        file: entry.file,
        field: key,
        message: `"${value}" is already used by ${first}; each ${key} must be unique`,
      });
    } else {
      seen.set(value, entry.file);
    }
  }
  return problems;
}

async function compileAll<T extends object>(
  entries: { file: string; data: T; body: string; linesBeforeBody: number }[],
  problems: ContentProblem[],
  options: LoadOptions,
): Promise<WithBody<T>[]> {
  const results = await mapLimit(
    entries,
    options.concurrency ?? COMPILE_CONCURRENCY,
    async (entry) => {
      try {
        const { body, fromCache } = await compileCached(entry.body, compileMdx, options.cacheDir);
        if (options.stats) options.stats[fromCache ? "cached" : "compiled"] += 1;
        return { ...entry.data, file: entry.file, body };
      } catch (error) {
        problems.push({
          file: entry.file,
          message: `the MDX body could not be compiled: ${describeCompileError(error, entry.linesBeforeBody)}`,
        });
        return undefined;
      }
    },
  );
  return results.filter((item): item is WithBody<T> => item !== undefined);
}

/**
 * Reads, validates, cross-checks and compiles everything under contentDir. Throws a ContentError
 * listing every problem, each naming its file and field; never returns half-valid content.
 */
export async function loadContent(
  contentDir: string,
  options: LoadOptions = {},
): Promise<ContentBundle> {
  const displayRoot = options.displayRoot ?? path.dirname(path.resolve(contentDir));
  const problems: ContentProblem[] = [];
  const read = async <C extends CollectionName>(name: C) => {
    const result = await readCollection(contentDir, name, displayRoot);
    problems.push(...result.problems, ...checkUniqueKeys(name, result.entries));
    return result.entries;
  };

  const raw = {
    elements: await read("elements"),
    findings: await read("findings"),
    pages: await read("pages"),
    speakers: await read("speakers"),
    quotes: await read("quotes"),
    sources: await read("sources"),
    timeline: await read("timeline"),
    changes: await read("changes"),
    glossary: await read("glossary"),
    easyRead: await read("easyRead"),
  };
  const siteFile = await readContentFile(contentDir, "site", displayRoot);
  problems.push(...siteFile.problems);
  problems.push(...checkInShortGrades(raw.elements));
  problems.push(...checkEasyReadGrades(raw.easyRead));
  if (problems.length > 0 || !siteFile.entry) throw new ContentError(problems);

  const bundle: ContentBundle = {
    elements: (await compileAll(raw.elements, problems, options)).sort(
      (a, b) => a.number - b.number,
    ),
    findings: (await compileAll(raw.findings, problems, options)).sort(
      (a, b) => a.order - b.order || a.slug.localeCompare(b.slug),
    ),
    pages: await compileAll(raw.pages, problems, options),
    speakers: withFile(raw.speakers),
    quotes: withFile(raw.quotes).sort(
      (a, b) => a.source.localeCompare(b.source) || a.position - b.position,
    ),
    sources: withFile(raw.sources),
    timeline: withFile(raw.timeline).sort((a, b) => a.date.localeCompare(b.date)),
    changes: withFile(raw.changes),
    glossary: withFile(raw.glossary).sort((a, b) => a.term.localeCompare(b.term)),
    easyRead: withFile(raw.easyRead),
    site: { ...siteFile.entry.data, file: siteFile.entry.file },
  };
  // A body that failed to compile leaves its entry out: checking references now would only
  // report the gap it leaves.
  if (problems.length > 0) throw new ContentError(problems);
  problems.push(...checkReferences(bundle));
  // Internal links and anchors are checked later, over the site model (lib/site-model/build.ts).
  if (problems.length === 0) problems.push(...checkOutsideLinks(bundle), ...checkEasyRead(bundle));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}
