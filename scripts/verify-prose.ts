/**
 * Checks the site's own prose (prose fields, change notes and MDX bodies in content/) against
 * the news release and the file of checked facts:
 *
 *   npm run verify:prose -- <release file> <facts file>
 *
 * A run of 10 or more words of the release outside quotation marks fails, and so does a
 * quotation of 4 or more words that is not word for word in the release or the facts (see
 * lib/verify/prose.ts). Quotes' `text` and elements' `reportWording` are not prose. Run from the
 * project root; CONTENT_DIR checks another content folder, as it builds one.
 *
 * Exit codes: 0 when the prose is clean; 1 with one line per problem, naming the file, the field
 * (or body) and the line; 2 when a file or the content folder cannot be read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CollectionName } from "../lib/content/collections";
import { collections } from "../lib/content/collections";
import { BODY_FIELD, formatProblem } from "../lib/content/errors";
import { readCollection } from "../lib/content/read";
import type { ProseDocument } from "../lib/verify/prose";
import { checkProse } from "../lib/verify/prose";
import { proseDocument } from "../lib/verify/prose-content";
import { parseArguments } from "./lib/args.mjs";
import { CannotRun, errorText, report, runCheck, shown } from "./verify-files";

const USAGE = "Usage: npm run verify:prose -- <release file> <facts file>";

function readSource(file: string, what: string): string {
  try {
    return readFileSync(path.resolve(process.cwd(), file), "utf8");
  } catch (error) {
    throw new CannotRun(`Cannot read the ${what} ${shown(file)}: ${errorText(error)}\n${USAGE}`);
  }
}

async function run(args: string[]): Promise<number> {
  const { positionals: files } = parseArguments({ allowPositionals: true }, USAGE, args);
  const [releaseFile, factsFile] = files;
  if (files.length !== 2 || !releaseFile || !factsFile) {
    throw new CannotRun(
      files.length === 0
        ? `No release or facts file given.\n${USAGE}`
        : `Give exactly two files, the release and the facts (got ${files.length}).\n${USAGE}`,
    );
  }
  const release = readSource(releaseFile, "release file");
  const facts = readSource(factsFile, "facts file");

  // The same reader and schemas as the build, so both judge a file alike.
  const root = process.cwd();
  const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? "content");
  const problems: string[] = [];
  const documents: ProseDocument[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    let result: Awaited<ReturnType<typeof readCollection>>;
    try {
      result = await readCollection(contentDir, name, root);
    } catch (error) {
      throw new CannotRun(`Cannot read the content in ${shown(contentDir)}: ${errorText(error)}`);
    }
    problems.push(...result.problems.map(formatProblem));
    for (const entry of result.entries) {
      try {
        documents.push(proseDocument(name, entry));
      } catch (error) {
        // The build reports it too, with its position; say here why this file went unchecked.
        const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
        problems.push(
          formatProblem({
            file: entry.file,
            field: BODY_FIELD,
            message: `could not be read as MDX, so its prose was not checked: ${reason}`,
          }),
        );
      }
    }
  }

  const found = checkProse(documents, { release, facts }, { facts: path.basename(factsFile) });
  problems.push(...found.map(formatProblem));

  const segments = documents.reduce((sum, document) => sum + document.segments.length, 0);
  const heading = `${documents.length} content file${documents.length === 1 ? "" : "s"} (${segments} fields and paragraphs of prose) checked against ${shown(releaseFile)} and ${shown(factsFile)}`;
  return report(
    heading,
    "no run of the release's words outside quotation marks; every quotation found",
    problems,
  );
}

runCheck(run);
