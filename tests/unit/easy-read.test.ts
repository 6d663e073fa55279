import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContentBundle } from "@/lib/content/bundle";
import { formatProblem } from "@/lib/content/errors";
import { readCollection } from "@/lib/content/read";
import {
  checkEasyReadGrades,
  EASY_READ_GRADE_LIMIT,
  easyReadText,
  readingGrade,
} from "@/lib/content/readability";
import { routes } from "@/lib/content/routes";
import type { FieldPosition } from "@/lib/content/yaml-positions";
import { listSitePages } from "@/lib/site-model/model";
import { proseDocument } from "@/lib/verify/prose-content";
import {
  BUILD_SCRIPT_TIMEOUT,
  buildFixture,
  fixtureProblems,
  FIXTURES_DIR,
  loadFixture,
  removeTempDirs,
} from "./helpers/fixture";

afterAll(removeTempDirs);

const TIMEOUT = BUILD_SCRIPT_TIMEOUT;

/** A page at exactly the limit (4.0 by text-readability) and one just over it (4.1). */
const AT_LIMIT = {
  title: "Fighting poverty",
  points: [
    "Poverty is when a family does not have enough money.",
    "Many children and families live in poverty.",
    "There should be strong steps to fight poverty.",
    "The steps should work.",
    "They should reach lots of people.",
    "The report says things like this help good change last.",
  ],
};
const JUST_OVER = {
  title: "Good relationships with the people who help",
  points: [
    "Some people's job is to help children and families.",
    "Children and families should get on well with them.",
    "These people should give them support.",
    "Children and families should be able to trust them.",
    "This should stay steady over time.",
    "The report says things like this help good change last.",
  ],
};

/** An Easy Read file as the reader gives it to the check, each point's text on its own line. */
function page({ title, points }: { title: string; points: string[] }, firstLine = 4) {
  const positions = new Map<string, FieldPosition>(
    points.map((text, i) => {
      const line = firstLine + i;
      return [`points[${i}].text`, { line, text, textLine: line }];
    }),
  );
  return {
    file: "easy-read/x.yaml",
    data: { title, points: points.map((text) => ({ text })) },
    positions,
  };
}

describe("the Easy Read grade limit", () => {
  it("is grade 4.0, by the same Flesch-Kincaid helper as In short", () => {
    expect(EASY_READ_GRADE_LIMIT).toBe(4);
    expect(readingGrade(easyReadText({ ...AT_LIMIT, points: AT_LIMIT.points.map(text) }))).toBe(4);
    expect(readingGrade(easyReadText({ ...JUST_OVER, points: JUST_OVER.points.map(text) }))).toBe(
      4.1,
    );
  });

  it("measures the heading and the points as sentences of one text", () => {
    expect(easyReadText({ title: "A title", points: [{ text: "One." }, { text: "Two" }] })).toBe(
      "A title. One. Two.",
    );
  });

  it("passes a page at the limit", () => {
    expect(checkEasyReadGrades([page(AT_LIMIT)])).toEqual([]);
  });

  it("fails a page over the limit, naming the file, the hardest point, its line and the grades", () => {
    const problems = checkEasyReadGrades([page(JUST_OVER, 10)]);
    expect(problems).toEqual([
      {
        file: "easy-read/x.yaml",
        field: "points[0].text",
        line: 10,
        message:
          "the page reads at Flesch-Kincaid grade 4.1, above the Easy Read limit of 4.0; this point reads hardest (grade 4.4): use shorter sentences and shorter, everyday words",
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      'easy-read/x.yaml: field "points[0].text", line 10: the page reads at Flesch-Kincaid grade 4.1, above the Easy Read limit of 4.0; this point reads hardest (grade 4.4): use shorter sentences and shorter, everyday words',
    );
  });
});

function text(words: string) {
  return { text: words };
}

describe("Easy Read content in the build", () => {
  it("loads the valid fixture: the headline's page and one for each key element", async () => {
    const bundle = await loadFixture("valid");
    expect(bundle.easyRead.map((page) => page.slug).sort()).toEqual(
      [bundle.site.headlineFinding, ...bundle.elements.map((e) => e.slug)].sort(),
    );
  });

  it("fails a page over the grade limit, naming its file, field and line, and passes the easy one", async () => {
    expect(await fixtureProblems("easy-read-hard")).toEqual([
      {
        file: "easy-read/four.yaml",
        field: "points[1].text",
        line: 6,
        message:
          "the page reads at Flesch-Kincaid grade 7.9, above the Easy Read limit of 4.0; this point reads hardest (grade 16.6): use shorter sentences and shorter, everyday words",
      },
    ]);
  });

  it("fails when a key element has no Easy Read page, naming the element", async () => {
    expect(await fixtureProblems("easy-read-missing")).toEqual([
      {
        file: "easy-read",
        message:
          'has no Easy Read page for the key element "three": add three.yaml with its slug, title and points',
      },
    ]);
  });

  it("fails a page for something that is neither a key element nor the headline", async () => {
    expect(await fixtureProblems("easy-read-extra")).toEqual([
      {
        file: "easy-read/nine.yaml",
        field: "slug",
        message:
          '"nine" is neither a key element nor the headline finding ("alpha" in site.yaml); an Easy Read page retells one of them',
      },
    ]);
  });

  it("fails a headline point with no picture: it has no element icon to fall back on", async () => {
    expect(await fixtureProblems("easy-read-headline-icon")).toEqual([
      {
        file: "easy-read/alpha.yaml",
        field: "points[1].icon",
        message:
          "is required on the headline's page: it has no key element whose icon a point could show",
      },
    ]);
  });

  it("names the file and field of an unknown field, an unknown picture, a point without text and a page without points", async () => {
    const problems = await fixtureProblems("easy-read-bad-fields");
    expect(problems.map(formatProblem)).toEqual([
      'easy-read/six.yaml: field "points": at least one point',
      expect.stringMatching(
        /^easy-read\/two\.yaml: field "points\[0\]\.icon": expected one of "blocks", .*"house"$/,
      ),
      'easy-read/two.yaml: field "points[1].text": is required but missing (expected string)',
      'easy-read/two.yaml: field "summary": is not a known field (check its spelling)',
    ]);
  });

  it(
    "stops scripts/build-content.ts with exit 1, naming the file, and writes nothing",
    async () => {
      const result = await buildFixture("easy-read-hard");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        '  - content/easy-read/four.yaml: field "points[1].text", line 6: the page reads at Flesch-Kincaid grade 7.9',
      );
      expect(fs.existsSync(path.join(result.cwd, ".generated", "content.json"))).toBe(false);
    },
    TIMEOUT,
  );
});

describe("the site's Easy Read pages", () => {
  const bundle = readContentBundle();
  const pages = listSitePages(bundle).filter((p) => p.kind === "easy-read");

  it("are nine: /easy-read for the headline, then each key element's in order", () => {
    expect(pages.map((p) => p.path)).toEqual([
      routes.easyRead(),
      ...bundle.elements.map((e) => routes.easyReadElement(e.slug)),
    ]);
    expect(pages).toHaveLength(bundle.elements.length + 1);
    expect(pages[0]?.parent).toBe(routes.home());
    for (const p of pages.slice(1)) expect(p.parent).toBe(routes.easyRead());
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
    expect(pages.every((p) => p.description.includes("Easy Read"))).toBe(true);
  });

  it("each read at grade 4.0 or below", () => {
    for (const easy of bundle.easyRead) {
      expect(readingGrade(easyReadText(easy)), easy.file).toBeLessThanOrEqual(
        EASY_READ_GRADE_LIMIT,
      );
    }
  });

  it("are checked by the prose check: the heading and every point", async () => {
    const { entries } = await readCollection(
      path.join(FIXTURES_DIR, "valid"),
      "easyRead",
      FIXTURES_DIR,
    );
    const alpha = entries.find((entry) => entry.data.slug === "alpha");
    expect(alpha).toBeDefined();
    const document = proseDocument("easyRead", alpha!);
    expect(document.segments.map((s) => [s.field, s.pieces.map((p) => p.text).join("")])).toEqual([
      ["title", "What the report found"],
      ["points[0].text", "The report found one thing."],
      ["points[1].text", "You can read about it here."],
    ]);
  });
});
