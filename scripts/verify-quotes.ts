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
import { parseArguments } from "./lib/args.mjs";
import { CannotRun, errorText, report, runCheck, shown } from "./verify-files";

const SPEAKERS_DIR = path.join("content", "speakers");
const USAGE = "Usage: npm run verify:quotes -- <source file>";

async function run(args: string[]): Promise<number> {
  const { positionals: files } = parseArguments({ allowPositionals: true }, USAGE, args);
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

  const result = checkQuotes(inputs, sourceText);
  problems.push(...result.problems.map((problem) => problem.message));

  const heading = `${inputs.length} quote${inputs.length === 1 ? "" : "s"} checked against ${shown(sourceFile)} (${result.sentences.length} sentences in ${result.statements.length} quoted statements)`;
  return report(heading, "all verbatim; every sentence covered", problems);
}

runCheck(run);
