/**
 * Checks that every source's address in content/sources/ appears in at least one of the given
 * files of checked facts (such as facts.md and the news release), so no address from memory
 * reaches the site.
 *
 *   npm run verify:sources -- <facts file> [<more files>…]
 *
 * Exit codes: 0 when every address is backed; 1 with one line per unbacked source; 2 when a
 * file or the content cannot be read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/content/errors";
import { readCollection } from "../lib/content/read";
import { unbackedSources } from "../lib/verify/source-urls";
import { parseArguments } from "./lib/args.mjs";

const USAGE = "Usage: npm run verify:sources -- <facts file> [<more files>…]";

async function run(args: string[]): Promise<number> {
  const { positionals: files } = parseArguments({ allowPositionals: true }, USAGE, args);
  if (files.length === 0) {
    console.error(`No file of checked facts given.\n${USAGE}`);
    return 2;
  }
  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(readFileSync(path.resolve(file), "utf8"));
    } catch {
      console.error(`Cannot read ${file}: no such file, or it is not readable.\n${USAGE}`);
      return 2;
    }
  }
  const root = process.cwd();
  const { entries, problems } = await readCollection(path.join(root, "content"), "sources", root);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    return 2;
  }
  const sources = entries.map(({ file, data }) => ({ ...data, file }));
  const unbacked = unbackedSources(sources, texts);
  const heading = `${sources.length} source addresses checked against ${files.join(", ")}`;
  if (unbacked.length === 0) {
    console.log(`${heading}: every one is backed`);
    return 0;
  }
  console.log(`${heading}: ${unbacked.length} not found`);
  for (const source of unbacked) {
    console.error(
      `${source.file}: field "url": ${source.url} is in none of the checked files; use an address from them`,
    );
  }
  return 1;
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
