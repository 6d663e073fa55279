import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent } from "@/lib/site-model/build";
import { readContentBundle } from "@/lib/content/bundle";
import { catchContentError, makeFixtureDir, removeTempDirs } from "./helpers/fixture";

afterAll(removeTempDirs);

/** The valid fixture with these glossary files (name → YAML) added. */
async function withGlossary(files: Record<string, string>) {
  const dir = await makeFixtureDir();
  await fs.mkdir(path.join(dir, "glossary"), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await fs.writeFile(path.join(dir, "glossary", name), text);
  }
  return dir;
}

const entry = (slug: string, term: string, extra = "") =>
  `slug: ${slug}\nterm: ${term}\ndefinition: What it means.\nsources: [source-a]\n${extra}`;

describe("the glossary (content/glossary)", () => {
  it("loads each term with its other names, sorted by term", async () => {
    const dir = await withGlossary({
      "b.yaml": entry("b", "Zeta Board", "otherNames: [ZB]\n"),
      "a.yaml": entry("a", "Alpha Group"),
    });
    const bundle = await buildContent(dir, { displayRoot: dir });
    expect(bundle.glossary.map((e) => [e.term, e.otherNames])).toEqual([
      ["Alpha Group", []],
      ["Zeta Board", ["ZB"]],
    ]);
  });

  it("names the file and field of an entry without a definition, or with an unknown source", async () => {
    const dir = await withGlossary({
      "a.yaml": "slug: a\nterm: Alpha\nsources: [source-a]\n",
      "b.yaml": "slug: b\nterm: Beta\ndefinition: Beta.\nsources: [no-such-source]\n",
    });
    const { problems } = await catchContentError(() => buildContent(dir, { displayRoot: dir }));
    expect(problems.map((p) => [p.file, p.field])).toEqual([["glossary/a.yaml", "definition"]]);
    const fixed = await withGlossary({
      "b.yaml": "slug: b\nterm: Beta\ndefinition: Beta.\nsources: [no-such-source]\n",
    });
    const second = await catchContentError(() => buildContent(fixed, { displayRoot: fixed }));
    expect(second.problems.map((p) => [p.file, p.field])).toEqual([
      ["glossary/b.yaml", "sources[0]"],
    ]);
  });

  it("refuses a name given to two entries, however it is written", async () => {
    const dir = await withGlossary({
      "a.yaml": entry("a", "Third sector"),
      "b.yaml": entry("b", "Voluntary sector", "otherNames: [third-sector]\n"),
    });
    const { problems } = await catchContentError(() => buildContent(dir, { displayRoot: dir }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "glossary/b.yaml", field: "otherNames[0]" });
    expect(problems[0]?.message).toContain("glossary/a.yaml");
  });

  it("takes outside addresses in a definition only from content/sources", async () => {
    const dir = await withGlossary({
      "a.yaml":
        "slug: a\nterm: Alpha\ndefinition: See https://elsewhere.example.com/x.\nsources: [source-a]\n",
    });
    const { problems } = await catchContentError(() => buildContent(dir, { displayRoot: dir }));
    expect(problems.map((p) => [p.file, p.field])).toEqual([["glossary/a.yaml", "definition"]]);
  });

  it("gives every entry of the real glossary a source the site knows", () => {
    const { glossary, sources } = readContentBundle();
    expect(glossary.length).toBeGreaterThan(0);
    const known = new Set(sources.map((s) => s.slug));
    for (const item of glossary) {
      expect(
        item.sources.every((slug) => known.has(slug)),
        item.file,
      ).toBe(true);
    }
  });
});
