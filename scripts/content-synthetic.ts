/**
 * `npm run content:synthetic -- 1000` writes a copy of content/ grown to about that many
 * documents with made-up speakers, quotes, findings and element sections, into
 * .generated/content-synthetic (never published). Build the site from it with
 * `CONTENT_DIR=.generated/content-synthetic npm run build`.
 */
import path from "node:path";
import { syntheticContentDir, writeSyntheticContent } from "./synthetic/generate";

const SYNTHETIC_DIR = syntheticContentDir();

async function main(): Promise<void> {
  const arg = process.argv[2] ?? "1000";
  const documents = Number(arg);
  if (!Number.isInteger(documents) || documents < 100 || documents > 100_000) {
    console.error(`Give a number of documents from 100 to 100000 (got "${arg}").`);
    process.exit(2);
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
