import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/errors";
import { readCollection } from "@/lib/content/read";
import { checkInShortGrades, IN_SHORT_GRADE_LIMIT, readingGrade } from "@/lib/content/readability";
import type { FieldPosition } from "@/lib/content/yaml-positions";
import {
  BUILD_SCRIPT_TIMEOUT,
  buildFixture,
  fixtureError,
  FIXTURES_DIR,
  loadFixture,
  removeTempDirs,
} from "./helpers/fixture";

afterAll(removeTempDirs);

const TIMEOUT = BUILD_SCRIPT_TIMEOUT;

/** 16.6, 6.4 and 6.0 by text-readability: the last is exactly at the limit. */
const HARD =
  "The comprehensive research will inform the Scottish Government's decision about the future organisation of children's services.";
const JUST_OVER =
  "Children should get the help they need, when they need it, from people they know and trust over many years.";
const AT_LIMIT =
  "Children and families should get the help they need, when they need it, from people they know and trust.";

function element(inShort: string | undefined, line = 7) {
  const positions = new Map<string, FieldPosition>(
    inShort === undefined ? [] : [["inShort", { line, text: inShort, textLine: line }]],
  );
  return {
    file: "elements/x.mdx",
    data: inShort === undefined ? {} : { inShort },
    positions,
  };
}

describe("the In short grade limit", () => {
  it("is grade 6.0, measured by text-readability's Flesch-Kincaid grade", () => {
    expect(IN_SHORT_GRADE_LIMIT).toBe(6);
    expect(readingGrade(HARD)).toBe(16.6);
    expect(readingGrade(JUST_OVER)).toBe(6.4);
    expect(readingGrade(AT_LIMIT)).toBe(6);
  });

  it("passes an inShort at the limit or below, and an element without one", () => {
    expect(checkInShortGrades([element(AT_LIMIT), element("Element one, said simply.")])).toEqual(
      [],
    );
    expect(checkInShortGrades([element(undefined)])).toEqual([]);
  });

  it("fails an inShort above the limit, naming file, field, line, grade and limit", () => {
    const problems = checkInShortGrades([element(JUST_OVER, 9)]);
    expect(problems).toEqual([
      {
        file: "elements/x.mdx",
        field: "inShort",
        line: 9,
        message:
          "reads at Flesch-Kincaid grade 6.4, above the limit of 6.0: use shorter sentences and shorter, everyday words",
      },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'elements/x.mdx: field "inShort", line 9: reads at Flesch-Kincaid grade 6.4, above the limit of 6.0: use shorter sentences and shorter, everyday words',
    ]);
  });
});

describe("the content build", () => {
  it("loads the valid fixture, whose inShorts read easily", async () => {
    await expect(loadFixture("valid")).resolves.toHaveProperty("elements");
    const { entries } = await readCollection(
      path.join(FIXTURES_DIR, "valid"),
      "elements",
      FIXTURES_DIR,
    );
    expect(entries.filter((entry) => entry.data.inShort !== undefined)).toHaveLength(6);
    expect(checkInShortGrades(entries)).toEqual([]);
  });

  it("fails the hard-in-short fixture, once per hard inShort, with the line of the field", async () => {
    const error = await fixtureError("hard-in-short");
    // elements/six.mdx reads at exactly 6.0 and passes; five.mdx's inShort is a folded block.
    expect(error.problems).toEqual([
      {
        file: "elements/five.mdx",
        field: "inShort",
        line: 8,
        message:
          "reads at Flesch-Kincaid grade 6.4, above the limit of 6.0: use shorter sentences and shorter, everyday words",
      },
      {
        file: "elements/four.mdx",
        field: "inShort",
        line: 7,
        message:
          "reads at Flesch-Kincaid grade 16.6, above the limit of 6.0: use shorter sentences and shorter, everyday words",
      },
    ]);
  });

  it(
    "stops scripts/build-content.ts with exit 1 and writes nothing",
    async () => {
      const result = await buildFixture("hard-in-short");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Content is invalid (2 problems):");
      expect(result.stderr).toContain(
        '  - content/elements/four.mdx: field "inShort", line 7: reads at Flesch-Kincaid grade 16.6, above the limit of 6.0',
      );
      expect(fs.existsSync(path.join(result.cwd, ".generated", "content.json"))).toBe(false);
    },
    TIMEOUT,
  );
});
