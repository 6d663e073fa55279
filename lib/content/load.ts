import path from "node:path";
import type { CollectionName } from "./collections";
import { collections } from "./collections";
import type { CompiledBody } from "./compile";
import { compileMdx, describeCompileError } from "./compile";
import type { ContentProblem } from "./errors";
import { ContentError } from "./errors";
import type { RawEntry } from "./read";
import { readCollection } from "./read";
import { checkOutsideLinks } from "./outside-links";
import { checkLinks, checkReferences } from "./references";
import type { Element, Finding, Page, Quote, Source, Speaker, TimelineEvent } from "./schemas";

export type WithBody<T> = T & { file: string; body: CompiledBody };
export type WithFile<T> = T & { file: string };

/** Everything in content/, validated, cross-checked and compiled: what the build writes out. */
export interface ContentBundle {
  elements: WithBody<Element>[];
  findings: WithBody<Finding>[];
  pages: WithBody<Page>[];
  speakers: WithFile<Speaker>[];
  quotes: WithFile<Quote>[];
  sources: WithFile<Source>[];
  timeline: WithFile<TimelineEvent>[];
}

export interface LoadOptions {
  /** Where file names in messages are relative to; defaults to the parent of contentDir. */
  displayRoot?: string;
}

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
): Promise<WithBody<T>[]> {
  const compiled: WithBody<T>[] = [];
  for (const entry of entries) {
    try {
      compiled.push({ ...entry.data, file: entry.file, body: await compileMdx(entry.body) });
    } catch (error) {
      problems.push({
        file: entry.file,
        message: `the MDX body could not be compiled: ${describeCompileError(error, entry.linesBeforeBody)}`,
      });
    }
  }
  return compiled;
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
  };
  if (problems.length > 0) throw new ContentError(problems);

  const bundle: ContentBundle = {
    elements: (await compileAll(raw.elements, problems)).sort((a, b) => a.number - b.number),
    findings: (await compileAll(raw.findings, problems)).sort(
      (a, b) => a.order - b.order || a.slug.localeCompare(b.slug),
    ),
    pages: await compileAll(raw.pages, problems),
    speakers: withFile(raw.speakers),
    quotes: withFile(raw.quotes).sort(
      (a, b) => a.source.localeCompare(b.source) || a.position - b.position,
    ),
    sources: withFile(raw.sources),
    timeline: withFile(raw.timeline).sort((a, b) => a.date.localeCompare(b.date)),
  };
  // A body that failed to compile leaves its entry out: checking references now would only
  // report the gap it leaves.
  if (problems.length > 0) throw new ContentError(problems);
  problems.push(...checkReferences(bundle));
  if (problems.length === 0) problems.push(...checkLinks(bundle), ...checkOutsideLinks(bundle));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}
