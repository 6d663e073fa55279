/**
 * `npm run content:synthetic -- 1000` writes a copy of content/ grown to about that many
 * documents with made-up speakers, quotes, findings and element sections, into
 * .generated/content-synthetic (never published). Build the site from it with
 * `CONTENT_DIR=.generated/content-synthetic npm run build`.
 */
import path from "node:path";
import { exitWithUsage, parseArguments } from "./lib/args.mjs";
import { syntheticContentDir, writeSyntheticContent } from "./synthetic/generate";

const SYNTHETIC_DIR = syntheticContentDir();
const USAGE = "Usage: npm run content:synthetic -- [documents]";

async function main(): Promise<void> {
  const { positionals } = parseArguments({ allowPositionals: true }, USAGE);
  if (positionals.length > 1) {
    exitWithUsage(`Give one number of documents (got ${positionals.length} arguments).`, USAGE);
  }
  const arg = positionals[0] ?? "1000";
  const documents = Number(arg);
  if (!/^\d+$/.test(arg) || documents < 100 || documents > 100_000) {
    exitWithUsage(`Give a number of documents from 100 to 100000 (got "${arg}").`, USAGE);
  }
  const plan = await writeSyntheticContent(path.resolve("content"), SYNTHETIC_DIR, documents);
  console.log(
    `Wrote ${path.relative(process.cwd(), SYNTHETIC_DIR)}: the real content plus ${plan.speakers} speakers in all, ${plan.quotes} made-up quotes, ${plan.findings} made-up findings and ${plan.sectionsPerElement} extra sections in each element.`,
  );
  console.log(
    `Build from it: CONTENT_DIR=${path.relative(process.cwd(), SYNTHETIC_DIR)} npm run build`,
  );
}

void main();
