import fs from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { ContentProblem } from "./errors";
import { problemsFromZod } from "./errors";
import type { CollectionName, EntryOf } from "./collections";
import { collections } from "./collections";
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

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

/** Splits a file into its data and body, or says why it cannot. */
function parseFile(
  raw: string,
  format: "mdx" | "yaml",
): ParsedYaml & { body: string; linesBeforeBody: number } {
  if (format === "yaml") return { ...parseYaml(raw), body: "", linesBeforeBody: 0 };
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    return {
      body: "",
      linesBeforeBody: 0,
      error:
        "has no frontmatter: it must start with a line of three dashes (---), the YAML fields, and another ---",
    };
  }
  const parsed = parseYaml(match[1] ?? "", 1);
  const linesBeforeBody = match[0].split("\n").length - 1;
  return { ...parsed, body: raw.slice(match[0].length), linesBeforeBody };
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
    const file = path.relative(displayRoot, absolute).split(path.sep).join("/");
    const parsed = parseFile(await fs.readFile(absolute, "utf8"), format);
    if (parsed.error !== undefined) {
      problems.push({ file, message: parsed.error });
      continue;
    }
    if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
      problems.push({ file, message: "expected YAML fields (key: value), found none" });
      continue;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error));
      continue;
    }
    entries.push({
      file,
      data: result.data as EntryOf<C>,
      body: parsed.body,
      linesBeforeBody: parsed.linesBeforeBody,
      positions: parsed.positions ?? new Map(),
    });
  }
  return { entries, problems };
}
