/**
 * Checks every quote in content/quotes/ against the text of its source.
 *
 *   npm run verify:quotes -- <source file>
 *
 * Run from the project root. Exit codes: 0 when every quote is word for word in the source and
 * every sentence the speakers said is covered; 1 with one line per problem otherwise; 2 when the
 * source file or the content folders cannot be read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/content/errors";
import { readCollection } from "../lib/content/read";
import { checkQuotes } from "../lib/verify/quotes";
import type { QuoteInput } from "../lib/verify/quotes";

const SPEAKERS_DIR = path.join("content", "speakers");
const USAGE = "Usage: npm run verify:quotes -- <source file>";

class CannotRun extends Error {}

/** A path for messages: relative to the project root, with forward slashes. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(process.cwd(), file)) || file;
  return relative.split(path.sep).join("/");
}

/** A file-system error in a few plain words, without the machine's absolute paths. */
function errorText(error: unknown): string {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "it is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function run(args: string[]): Promise<number> {
  const files = args[0] === "--" ? args.slice(1) : args;
  if (files.length !== 1 || files[0] === undefined || files[0] === "") {
    throw new CannotRun(
      files.length === 0
        ? `No source file given.\n${USAGE}`
        : `Give exactly one source file (got ${files.length}).\n${USAGE}`,
    );
  }
  const sourceFile = files[0];
  let sourceText: string;
  try {
    sourceText = readFileSync(path.resolve(process.cwd(), sourceFile), "utf8");
  } catch (error) {
    throw new CannotRun(`Cannot read the source file ${shown(sourceFile)}: ${errorText(error)}`);
  }

  // The same reader and schemas as the build, so both judge a file alike.
  const root = process.cwd();
  const contentDir = path.join(root, "content");
  const quoteResult = await readCollection(contentDir, "quotes", root);
  const speakerResult = await readCollection(contentDir, "speakers", root);
  const problems = [...quoteResult.problems, ...speakerResult.problems].map(formatProblem);
  const quotes = quoteResult.entries;
  const speakers = new Map(speakerResult.entries.map(({ data }) => [data.slug, data]));

  const inputs: QuoteInput[] = [];
  for (const { file, data } of quotes) {
    const expectedName = `${data.id}.yaml`;
    if (path.basename(file) !== expectedName) {
      problems.push(
        `${shown(file)} holds quote "${data.id}"; rename the file ${expectedName} or change the id`,
      );
    }
    const speaker = speakers.get(data.speaker);
    if (speaker === undefined) {
      problems.push(
        `Quote "${data.id}" (${shown(file)}) names speaker "${data.speaker}", but there is no ${shown(path.join(SPEAKERS_DIR, `${data.speaker}.yaml`))}`,
      );
    }
    inputs.push({
      id: data.id,
      text: data.text,
      file: shown(file),
      position: data.position,
      speakerName: speaker?.name,
    });
  }

  const report = checkQuotes(inputs, sourceText);
  problems.push(...report.problems.map((problem) => problem.message));

  const heading = `${inputs.length} quote${inputs.length === 1 ? "" : "s"} checked against ${shown(sourceFile)} (${report.sentences.length} sentences in ${report.statements.length} quoted statements)`;
  if (problems.length === 0) {
    console.log(`${heading}: all verbatim; every sentence covered`);
    return 0;
  }
  console.log(`${heading}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  for (const problem of problems) console.error(problem);
  return 1;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof CannotRun)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  },
);
