import fs from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./errors";
import { contentErrorMap, problemsFromZod } from "./errors";
import type { CollectionName, ContentFileName, ContentFileOf, EntryOf } from "./collections";
import { collections, contentFiles } from "./collections";
import type { FieldPosition } from "./yaml-positions";
import { textFieldPositions } from "./yaml-positions";

export interface RawEntry<C extends CollectionName> {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  data: EntryOf<C>;
  /** The MDX body below the frontmatter (MDX collections only). */
  body: string;
  /** How many lines of the file come before the body, for positions in messages. */
  linesBeforeBody: number;
  /** Where each text field is written, by path (`inShort`, `changes[0].note`), for messages. */
  positions: ReadonlyMap<string, FieldPosition>;
}

interface ParsedYaml {
  value?: unknown;
  positions?: Map<string, FieldPosition>;
  error?: string;
}

/** `lineOffset` is where the YAML starts in its file, so the reported line is the file's line. */
function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (!first) {
    return {
      value: doc.toJS(),
      positions: textFieldPositions(doc.contents, text, lineCounter, lineOffset),
    };
  }
  const reason = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
  const position = first.linePos?.[0];
  const where = position ? ` at line ${position.line + lineOffset}, column ${position.col}` : "";
  return { error: `invalid YAML${where}: ${reason}` };
}

const NO_FRONTMATTER =
  "has no frontmatter: it must start with a line of three dashes (---), the YAML fields, and another ---";

/** Splits a file into its data and body, or says why it cannot. */
function parseFile(
  raw: string,
  format: "mdx" | "yaml",
): ParsedYaml & { body: string; linesBeforeBody: number } {
  if (format === "yaml") return { ...parseYaml(raw), body: "", linesBeforeBody: 0 };
  const none = { body: "", linesBeforeBody: 0 };
  if (!matter.test(raw)) return { ...none, error: NO_FRONTMATTER };
  const language = matter.language(raw).name;
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return {
      ...none,
      error: `has ${language} frontmatter: write its fields in YAML, after a line of three dashes (---) alone`,
    };
  }
  // gray-matter finds the block and the body; the YAML itself is read here, so that errors and
  // field positions come from the same parser. Its block starts with the rest of the opening
  // --- line, so a line of the block is the same line of the file.
  let yaml: ParsedYaml = {};
  const file = matter(raw, {
    engines: {
      yaml: (text: string) => {
        yaml = parseYaml(text);
        return {};
      },
    },
  });
  // With no closing ---, the block runs to the end of the file.
  if (file.content === "" && raw.endsWith(file.matter)) {
    return { ...none, error: "its frontmatter has no closing line of three dashes (---)" };
  }
  const before = raw.slice(0, raw.length - file.content.length);
  return { ...yaml, body: file.content, linesBeforeBody: before.split("\n").length - 1 };
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

type Parsed<T> =
  | {
      ok: true;
      data: T;
      body: string;
      linesBeforeBody: number;
      positions: Map<string, FieldPosition>;
    }
  | { ok: false; problems: ContentProblem[] };

/** Parses one file's text and validates its fields against `schema`. */
function validateFile<S extends z.ZodType>(
  raw: string,
  file: string,
  format: "mdx" | "yaml",
  schema: S,
): Parsed<z.output<S>> {
  const parsed = parseFile(raw, format);
  if (parsed.error !== undefined) return { ok: false, problems: [{ file, message: parsed.error }] };
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
    return {
      ok: false,
      problems: [{ file, message: "expected YAML fields (key: value), found none" }],
    };
  }
  const result = schema.safeParse(parsed.value, { error: contentErrorMap });
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error) };
  return {
    ok: true,
    data: result.data,
    body: parsed.body,
    linesBeforeBody: parsed.linesBeforeBody,
    positions: parsed.positions ?? new Map(),
  };
}

const displayPath = (displayRoot: string, absolute: string) =>
  path.relative(displayRoot, absolute).split(path.sep).join("/");

/**
 * Reads and validates one collection. Problems are collected, not thrown, so that one run
 * reports every broken file at once.
 */
export async function readCollection<C extends CollectionName>(
  contentDir: string,
  name: C,
  displayRoot: string,
): Promise<{ entries: RawEntry<C>[]; problems: ContentProblem[] }> {
  const { dir, format, schema } = collections[name];
  const folder = path.join(contentDir, dir);
  const extension = format === "mdx" ? ".mdx" : ".yaml";
  const entries: RawEntry<C>[] = [];
  const problems: ContentProblem[] = [];

  for (const fileName of await listFiles(folder, extension)) {
    const absolute = path.join(folder, fileName);
    const file = displayPath(displayRoot, absolute);
    const result = validateFile(await fs.readFile(absolute, "utf8"), file, format, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { ok: _ok, data, ...rest } = result;
    entries.push({ file, data: data as EntryOf<C>, ...rest });
  }
  return { entries, problems };
}

/** Reads and validates one single-file part of the content (content/site.yaml). */
export async function readContentFile<F extends ContentFileName>(
  contentDir: string,
  name: F,
  displayRoot: string,
): Promise<{ entry?: { file: string; data: ContentFileOf<F> }; problems: ContentProblem[] }> {
  const { file: fileName, schema } = contentFiles[name];
  const absolute = path.join(contentDir, fileName);
  const file = displayPath(displayRoot, absolute);
  const raw = await fs.readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (raw === undefined) {
    const fields = Object.keys(schema.shape).join(", ");
    return { problems: [{ file, message: `is missing: it must give ${fields}` }] };
  }
  const result = validateFile(raw, file, "yaml", schema);
  return result.ok
    ? { entry: { file, data: result.data as ContentFileOf<F> }, problems: [] }
    : { problems: result.problems };
}
