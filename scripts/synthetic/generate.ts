/**
 * A synthetic content set for scale tests: the real content plus made-up speakers, quotes and
 * findings, and extra sections in each element, up to a given number of documents. Everything is
 * deterministic and marked as synthetic; it is written to a folder outside content/ and never
 * published.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { generatedPath } from "../../lib/content/generated";
import { findingKinds } from "../../lib/content/schemas";
import { random, sentence, vocabulary, wordPicker } from "./text";

export interface SyntheticFile {
  /** Path inside the content folder, e.g. `quotes/synthetic-0001.yaml`. */
  path: string;
  text: string;
}

export interface SyntheticPlan {
  speakers: number;
  quotes: number;
  findings: number;
  /** Extra sections written into each of the eight element documents. */
  sectionsPerElement: number;
}

export const SPEAKER_COUNT = 50;
/** Where `npm run content:synthetic` writes (gitignored with the rest of .generated). */
export const syntheticContentDir = () => generatedPath("content-synthetic");
export const SYNTHETIC_SOURCE = "synthetic-corpus";

/**
 * How `documents` splits between collections: the real elements and 50 speakers, then about
 * seven quotes for every three findings, less the documents the real content already has.
 */
export function planFor(
  documents: number,
  real: { elements: number; quotes: number; findings: number },
): SyntheticPlan {
  const rest = Math.max(0, documents - real.elements - SPEAKER_COUNT);
  const findings = Math.max(0, Math.round(rest * 0.3) - real.findings);
  const quotes = Math.max(0, rest - Math.round(rest * 0.3) - real.quotes);
  return {
    speakers: SPEAKER_COUNT,
    quotes,
    findings,
    sectionsPerElement: Math.max(1, Math.round(documents / 100)),
  };
}

const pad = (n: number) => String(n).padStart(4, "0");
const yamlFile = (data: object) => stringify(data, { lineWidth: 0 });

/**
 * The synthetic files for a plan. `realSpeakers` are kept and counted among the 50; `elementFiles`
 * are the real element documents, which get generated sections appended.
 */
export function generateSynthetic(
  plan: SyntheticPlan,
  realSpeakers: readonly string[],
  elementFiles: ReadonlyMap<string, string>,
): SyntheticFile[] {
  const next = random(20231213);
  const words = vocabulary(next);
  const pick = wordPicker(words, next);
  const some = <T>(list: readonly T[], max: number): T[] => {
    const count = Math.floor(next() * (max + 1));
    return [
      ...new Set(Array.from({ length: count }, () => list[Math.floor(next() * list.length)] as T)),
    ];
  };
  // The real elements' slugs, read from their files: the made-up documents point at them.
  const ELEMENTS = [...elementFiles.keys()];
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(pick, 8 + Math.floor(next() * 14))).join(" ");

  const files: SyntheticFile[] = [
    {
      path: `sources/${SYNTHETIC_SOURCE}.yaml`,
      text: yamlFile({
        slug: SYNTHETIC_SOURCE,
        title: "Synthetic content for scale tests",
        publisher: "Synthetic test data",
        url: "https://example.org/synthetic-corpus",
        kind: "web-page",
        note: "Made-up text used only to test the site at scale; never published.",
      }),
    },
  ];

  // Made-up quotes go to made-up speakers only: no real person is given words they did not say.
  const speakers: string[] = [];
  for (
    let i = realSpeakers.length + 1;
    realSpeakers.length + speakers.length < plan.speakers;
    i++
  ) {
    const slug = `synthetic-speaker-${String(i).padStart(2, "0")}`;
    speakers.push(slug);
    files.push({
      path: `speakers/${slug}.yaml`,
      text: yamlFile({
        slug,
        name: `Synthetic Speaker ${i}`,
        role: "Test speaker",
        organisation: "Synthetic test data",
        bio: `A made-up speaker for scale tests. ${paragraph(2)}`,
        sources: [SYNTHETIC_SOURCE],
      }),
    });
  }

  for (let i = 1; i <= plan.quotes; i++) {
    const id = `synthetic-quote-${pad(i)}`;
    files.push({
      path: `quotes/${id}.yaml`,
      text: yamlFile({
        id,
        speaker: speakers[i % speakers.length],
        text: paragraph(1 + Math.floor(next() * 3)),
        position: i,
        source: SYNTHETIC_SOURCE,
        elements: some(ELEMENTS, 2),
        tags: [],
      }),
    });
  }

  for (let i = 1; i <= plan.findings; i++) {
    const slug = `synthetic-finding-${pad(i)}`;
    const frontmatter = yamlFile({
      slug,
      title: `Synthetic finding ${i}: ${sentence(pick, 4).slice(0, -1).toLowerCase()}`,
      kind: findingKinds[i % findingKinds.length],
      order: 1000 + i,
      summary: sentence(pick, 18),
      elements: some(ELEMENTS, 2),
      sources: [SYNTHETIC_SOURCE],
    });
    const body = Array.from({ length: 3 }, () => paragraph(4)).join("\n\n");
    files.push({ path: `findings/${slug}.mdx`, text: `---\n${frontmatter}---\n\n${body}\n` });
  }

  for (const [slug, text] of elementFiles) {
    const sections = Array.from(
      { length: plan.sectionsPerElement },
      (_, i) => `## Synthetic section ${i + 1}\n\n${paragraph(5)}\n\n${paragraph(4)}`,
    ).join("\n\n");
    files.push({ path: `elements/${slug}.mdx`, text: `${text.trimEnd()}\n\n${sections}\n` });
  }
  return files;
}

/** Copies `contentDir` to `targetDir` (replacing it) and adds the synthetic files; returns the plan. */
export async function writeSyntheticContent(
  contentDir: string,
  targetDir: string,
  documents: number,
): Promise<SyntheticPlan> {
  const names = async (dir: string) => (await fs.readdir(path.join(contentDir, dir))).sort();
  const elementFiles = new Map<string, string>();
  for (const name of await names("elements")) {
    elementFiles.set(
      name.replace(/\.mdx$/, ""),
      await fs.readFile(path.join(contentDir, "elements", name), "utf8"),
    );
  }
  const realSpeakers = (await names("speakers")).map((name) => name.replace(/\.yaml$/, ""));
  const plan = planFor(documents, {
    elements: elementFiles.size,
    quotes: (await names("quotes")).length,
    findings: (await names("findings")).length,
  });
  await fs.rm(targetDir, { recursive: true, force: true });
  await fs.cp(contentDir, targetDir, { recursive: true });
  for (const file of generateSynthetic(plan, realSpeakers, elementFiles)) {
    const target = path.join(targetDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.text);
  }
  return plan;
}
