/**
 * The judged query set (queries.yaml beside this file), read and checked: the benchmark and the
 * unit test read it here, so a malformed entry fails both with the query named.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export const categories = [
  "name",
  "topic",
  "misspelling",
  "question",
  "phrase",
  "acronym",
  "number",
  "speaker-topic",
  "site",
  "no-answer",
] as const;
export type Category = (typeof categories)[number];

/** 2: the ideal answer; 1: also good. */
export type Grade = 1 | 2;

const address = z
  .string()
  .regex(/^\/[^\s?]*$/, "a site address: a path from /, with #section if any, no query string");

const judgedQuery = z
  .strictObject({
    query: z.string().trim().min(1),
    category: z.enum(categories),
    expect: z.record(address, z.union([z.literal(1), z.literal(2)])),
  })
  .refine(
    (q) => (q.category === "no-answer") === (Object.keys(q.expect).length === 0),
    "a no-answer query expects nothing, and every other query expects something",
  )
  .refine(
    (q) => q.category === "no-answer" || Object.values(q.expect).includes(2),
    "an answerable query has at least one ideal answer (grade 2)",
  );

const judgedSet = z.strictObject({
  stopWords: z.array(z.string().regex(/^[a-z]+$/, "a stop word in lower case")).min(1),
  queries: z.array(judgedQuery).min(1),
});

export type JudgedQuery = z.infer<typeof judgedQuery>;
export type JudgedSet = z.infer<typeof judgedSet>;

export const JUDGED_SET_FILE = path.join(import.meta.dirname, "queries.yaml");

export function readJudgedSet(file = JUDGED_SET_FILE): JudgedSet {
  const result = judgedSet.safeParse(parse(fs.readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`${file} is invalid:\n${z.prettifyError(result.error)}`);
  const seen = new Set<string>();
  for (const { query } of result.data.queries) {
    if (seen.has(query)) throw new Error(`${file}: the query "${query}" is judged twice`);
    seen.add(query);
  }
  return result.data;
}

/** Lower case, accents folded, curly apostrophes straight: how the judge compares words. */
export const foldWord = (word: string) =>
  word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();

/**
 * The words of the query that carry no meaning: the set's stop words outside quotation marks (a
 * quoted phrase keeps all its words, so a word it holds is never dropped), and only when the
 * query has other words too (a query of nothing but such words keeps them all).
 */
export function droppedWords(query: string, stopWords: readonly string[]): string[] {
  const quoted = /["“”][^"“”]*["“”]?/g;
  const words = (value: string) => foldWord(value).match(/[\p{L}\p{N}']+/gu) ?? [];
  const inPhrases = new Set((query.match(quoted) ?? []).flatMap(words));
  const stop = new Set(stopWords.filter((word) => !inPhrases.has(word)));
  const unquoted = words(query.replace(quoted, " "));
  const dropped = new Set(unquoted.filter((word) => stop.has(word)));
  const kept = [...inPhrases, ...unquoted.filter((word) => !dropped.has(word))];
  return kept.length > 0 ? [...dropped] : [];
}
