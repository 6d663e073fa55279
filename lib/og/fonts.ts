import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Inter (SIL Open Font License) from @fontsource/inter, read from disk so preview images build
 * offline. woff, because the image renderer cannot read woff2.
 */
const file = (weight: 400 | 700) =>
  path.join(
    process.cwd(),
    "node_modules/@fontsource/inter/files",
    `inter-latin-${weight}-normal.woff`,
  );

let loaded:
  Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

export function previewFonts() {
  loaded ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Inter",
      data: await readFile(file(weight)),
      weight,
      style: "normal" as const,
    })),
  );
  return loaded;
}
