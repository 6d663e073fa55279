import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ContentError,
  contentErrorMap,
  formatProblem,
  problemsFromZod,
} from "@/lib/content/errors";
import { elementSchema, sourceSchema } from "@/lib/content/schemas";
import { checkOutsideLinks } from "@/lib/content/outside-links";
import { loadContent } from "@/lib/content/load";
import {
  catchContentError,
  fixtureError,
  fixtureProblems,
  loadFixture,
  makeFixtureDir,
  removeTempDirs,
} from "./helpers/fixture";

afterAll(removeTempDirs);

/** Every overlay in tests/fixtures/content that must make loading fail. */
const failureFixtures = [
  "invalid-yaml",
  "missing-field",
  "wrong-type",
  "unknown-field",
  "duplicate-slug",
  "duplicate-number",
  "missing-element",
  "unknown-related",
  "one-way-related",
  "unknown-speaker",
  "unknown-source",
  "broken-link",
  "outside-link",
  "broken-anchor",
  "no-frontmatter",
  "bad-mdx",
  "absent-section",
  "page-without-route",
  "hard-in-short",
  "unknown-site-role",
  "no-site-file",
  "nine-elements",
  "seven-elements",
  "json-frontmatter",
  "bad-element-look",
];

describe("reading and validating files", () => {
  it("reports broken frontmatter YAML with the file and the YAML error", async () => {
    const problems = await fixtureProblems("invalid-yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("elements/two.mdx");
    expect(problems[0]?.field).toBeUndefined();
    // The line is the file's own line, counting the opening --- of the frontmatter.
    expect(problems[0]?.message).toMatch(/^invalid YAML at line 4, column \d+: Missing closing/);
  });

  it("reports a missing required field by name, with the type it expects", async () => {
    const problems = await fixtureProblems("missing-field");
    expect(problems).toEqual([
      {
        file: "elements/four.mdx",
        field: "reportWording",
        message: "is required but missing (expected string)",
      },
    ]);
  });

  it("reports a field of the wrong type with the expected and received types", async () => {
    const problems = await fixtureProblems("wrong-type");
    expect(problems).toEqual([
      { file: "elements/four.mdx", field: "number", message: "expected number, received string" },
    ]);
  });

  it("reports a misspelt field as unknown and suggests checking its spelling", async () => {
    const problems = await fixtureProblems("unknown-field");
    expect(problems).toEqual([
      {
        file: "elements/five.mdx",
        field: "inshort",
        message: "is not a known field (check its spelling)",
      },
    ]);
  });

  it("reports an MDX file without frontmatter and says how frontmatter starts", async () => {
    const problems = await fixtureProblems("no-frontmatter");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("elements/four.mdx");
    expect(problems[0]?.field).toBeUndefined();
    expect(problems[0]?.message).toMatch(/^has no frontmatter/);
    expect(problems[0]?.message).toContain("three dashes (---)");
  });

  it("reports frontmatter with no closing --- rather than reading the body as YAML", async () => {
    // Written here, not kept as a fixture file: a formatter would take its --- for a rule.
    const dir = await makeFixtureDir();
    const file = path.join(dir, "elements", "four.mdx");
    const written = await fs.readFile(file, "utf8");
    await fs.writeFile(file, written.replace(/\n---\n/, "\n"));
    const problems = (await catchContentError(() => loadContent(dir, { displayRoot: dir })))
      .problems;
    expect(problems).toEqual([
      {
        file: "elements/four.mdx",
        message: "its frontmatter has no closing line of three dashes (---)",
      },
    ]);
  });

  it("refuses frontmatter in another language than YAML, without reading it", async () => {
    expect(await fixtureProblems("json-frontmatter")).toEqual([
      {
        file: "elements/four.mdx",
        message:
          "has json frontmatter: write its fields in YAML, after a line of three dashes (---) alone",
      },
    ]);
  });

  it("reports a slug used twice on the second file, naming the first", async () => {
    const problems = await fixtureProblems("duplicate-slug");
    expect(problems).toEqual([
      {
        file: "elements/nine.mdx",
        field: "slug",
        message: '"four" is already used by elements/four.mdx; each slug must be unique',
      },
    ]);
  });

  it("reports an MDX body that does not compile, naming the file", async () => {
    const problems = await fixtureProblems("bad-mdx");
    const compileProblem = problems.find((p) => p.file === "elements/four.mdx");
    expect(problems).toHaveLength(1);
    expect(compileProblem?.field).toBeUndefined();
    expect(compileProblem?.message).toBe(
      "the MDX body could not be compiled: Expected a closing tag for `<div>` (line 16, column 1)",
    );
  });
});

describe("messages chosen by zod's issue codes, not its wording", () => {
  it("read the same whatever language zod's own messages are in", async () => {
    z.config(z.locales.fr());
    try {
      expect(await fixtureProblems("wrong-type")).toEqual([
        { file: "elements/four.mdx", field: "number", message: "expected number, received string" },
      ]);
      expect(await fixtureProblems("missing-field")).toEqual([
        {
          file: "elements/four.mdx",
          field: "reportWording",
          message: "is required but missing (expected string)",
        },
      ]);
    } finally {
      z.config(z.locales.en());
    }
  });

  const problemsOf = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value, { error: contentErrorMap });
    return result.success ? [] : problemsFromZod("x.yaml", result.error);
  };

  it("say which values a field allows, and what a number or address must be", () => {
    const source = {
      slug: "s",
      title: "T",
      publisher: "P",
      url: "ftp://example.org/",
      kind: "blog",
    };
    expect(problemsOf(sourceSchema, source)).toEqual([
      { file: "x.yaml", field: "url", message: "expected a web address (URL)" },
      {
        file: "x.yaml",
        field: "kind",
        message: 'expected one of "news-release", "web-page", "report", "legislation"',
      },
    ]);
    const element = problemsOf(elementSchema, { number: 0 }).filter((p) => p.field === "number");
    expect(element).toEqual([{ file: "x.yaml", field: "number", message: "must be more than 0" }]);
    expect(problemsOf(elementSchema, { number: 2.5 }).find((p) => p.field === "number")).toEqual({
      file: "x.yaml",
      field: "number",
      message: "expected whole number, received number",
    });
  });

  it("name each unknown field by its own path", () => {
    const problems = problemsOf(sourceSchema.pick({ slug: true }), { slug: "s", sluggish: 1 });
    expect(problems).toEqual([
      { file: "x.yaml", field: "sluggish", message: "is not a known field (check its spelling)" },
    ]);
  });
});

describe("element numbers", () => {
  it("reports a number used twice, naming the element that has it first", async () => {
    const problems = await fixtureProblems("duplicate-number");
    expect(problems).toContainEqual({
      file: "elements/six.mdx",
      field: "number",
      message: "5 is already used by elements/five.mdx; numbers 1 to 8 are each used once",
    });
  });

  it("reports the number nobody has when one is used twice", async () => {
    const problems = await fixtureProblems("duplicate-number");
    expect(problems).toHaveLength(2);
    expect(problems[1]?.message).toBe("no element has number 6; the report names 8 key elements");
  });

  it("reports a missing element by the number it should have", async () => {
    const problems = await fixtureProblems("missing-element");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("elements");
    expect(problems[0]?.message).toBe("no element has number 8; the report names 8 key elements");
  });
});

describe("the element count in site.yaml", () => {
  it("sets the numbers the elements must have", async () => {
    const problems = await fixtureProblems("nine-elements");
    expect(problems).toEqual([
      { file: "elements", message: "no element has number 9; the report names 9 key elements" },
    ]);
  });

  it("reports an element numbered beyond it", async () => {
    expect(await fixtureProblems("seven-elements")).toEqual([
      {
        file: "elements/eight.mdx",
        field: "number",
        message:
          "8 is more than the 7 key elements that site.yaml counts; numbers 1 to 7 are each used once",
      },
    ]);
  });
});

describe("the site's roles in site.yaml", () => {
  it("must each name an entry of their folder: the file and field are named", async () => {
    expect(await fixtureProblems("unknown-site-role")).toEqual([
      { file: "site.yaml", field: "headlineFinding", message: 'no finding has the slug "nowhere"' },
      { file: "site.yaml", field: "reportFile", message: 'no source has the slug "gone"' },
    ]);
  });

  it("are required: without the file the build says what it must give", async () => {
    expect(await fixtureProblems("no-site-file")).toEqual([
      {
        file: "site.yaml",
        message:
          "is missing: it must give elementCount, headlineFinding, newsRelease, reportFile, studyPage",
      },
    ]);
  });

  it("reach the bundle as written", async () => {
    const bundle = await loadFixture("valid");
    expect(bundle.site).toEqual({
      elementCount: 8,
      headlineFinding: "alpha",
      newsRelease: "source-a",
      reportFile: "source-b",
      studyPage: "source-a",
      file: "site.yaml",
    });
  });
});

describe("cross-references", () => {
  it("reports a related slug that names no element, with its index", async () => {
    const problems = await fixtureProblems("unknown-related");
    expect(problems).toEqual([
      {
        file: "elements/eight.mdx",
        field: "related[0]",
        message: 'no element has the slug "nowhere"',
      },
    ]);
  });

  it("reports a one-way related link and names the file that must list it back", async () => {
    const problems = await fixtureProblems("one-way-related");
    expect(problems).toEqual([
      {
        file: "elements/seven.mdx",
        field: "related[0]",
        message:
          '"eight" does not list "seven" back; related elements go both ways (elements/eight.mdx)',
      },
    ]);
  });

  it("reports a quote whose speaker does not exist, on the speaker field", async () => {
    const problems = await fixtureProblems("unknown-speaker");
    expect(problems).toEqual([
      {
        file: "quotes/a-second-quote.yaml",
        field: "speaker",
        message: 'no speaker has the slug "nobody"',
      },
    ]);
  });

  it("reports a quote whose source does not exist, on the source field", async () => {
    const problems = await fixtureProblems("unknown-source");
    expect(problems).toEqual([
      {
        file: "quotes/b-first-quote.yaml",
        field: "source",
        message: 'no source has the slug "no-such-source"',
      },
    ]);
  });
});

describe("links in MDX bodies", () => {
  it("reports a link to a page the site does not have", async () => {
    const problems = await fixtureProblems("broken-link");
    expect(problems).toEqual([
      {
        file: "elements/three.mdx",
        message: 'links to "/no-such-page", but the site has no page at "/no-such-page"',
      },
    ]);
  });

  it("reports a link to an anchor the target page does not have", async () => {
    const problems = await fixtureProblems("broken-anchor");
    expect(problems).toEqual([
      {
        file: "elements/three.mdx",
        message: 'links to "/elements/two#nope", but that page has no anchor "#nope"',
      },
    ]);
  });
});

describe("sections that templates render only sometimes", () => {
  it("reports a link to a section the target page does not render", async () => {
    // Element seven has no inShort and no related elements, so its page has neither section.
    const problems = await fixtureProblems("absent-section");
    expect(problems).toEqual([
      {
        file: "elements/three.mdx",
        message: 'links to "/elements/seven#related", but that page has no anchor "#related"',
      },
      {
        file: "elements/three.mdx",
        message: 'links to "/elements/seven#in-short", but that page has no anchor "#in-short"',
      },
    ]);
  });

  it("reports a page file that no route shows", async () => {
    const problems = await fixtureProblems("page-without-route");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("pages/privacy.mdx");
    expect(problems[0]?.field).toBe("slug");
    expect(problems[0]?.message).toMatch(/^no page template shows "privacy"/);
  });
});

describe("one load, every problem", () => {
  it("reports problems from several broken files at once", async () => {
    const problems = await fixtureProblems(["invalid-yaml", "missing-field", "unknown-field"]);
    expect(problems.map((p) => p.file)).toEqual([
      "elements/five.mdx",
      "elements/four.mdx",
      "elements/two.mdx",
    ]);
    expect(problems.map((p) => p.field)).toEqual(["inshort", "reportWording", undefined]);
  });

  it("lists every problem in the error message, one per line, as file and field", async () => {
    const error = await fixtureError(["missing-field", "wrong-type", "unknown-field"]);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("Content is invalid (2 problems):");
    expect(lines.slice(1)).toEqual([
      '  - elements/five.mdx: field "inshort": is not a known field (check its spelling)',
      '  - elements/four.mdx: field "number": expected number, received string',
    ]);
  });

  it("formats a problem without a field as file and message only", () => {
    expect(formatProblem({ file: "elements/three.mdx", message: "links nowhere" })).toBe(
      "elements/three.mdx: links nowhere",
    );
    expect(formatProblem({ file: "elements/four.mdx", field: "number", message: "is wrong" })).toBe(
      'elements/four.mdx: field "number": is wrong',
    );
  });

  it("says 1 problem, not 1 problems", () => {
    expect(new ContentError([{ file: "a.yaml", message: "x" }]).message).toBe(
      "Content is invalid (1 problem):\n  - a.yaml: x",
    );
  });

  it("loads the valid fixture without problems", async () => {
    await expect(loadFixture("valid")).resolves.toHaveProperty("elements");
  });
});

describe("error messages are for content editors", () => {
  it.each(failureFixtures)("%s: a ContentError whose message has no stack trace", async (name) => {
    const error = await fixtureError(name);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe("ContentError");
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.message).toMatch(/^Content is invalid \(\d+ problems?\):\n/);
    expect(error.message).not.toMatch(/^\s*at /m);
    expect(error.message).not.toContain("ZodError");
    for (const problem of error.problems) {
      expect(problem.message).not.toMatch(/^\s*at /m);
      expect(problem.message).not.toContain("ZodError");
      expect(problem.message).not.toContain("\n");
      expect(problem.file).not.toMatch(/^\//);
    }
  });
});

describe("outside addresses", () => {
  it("must be the url of a source: a body link and a field are each named", async () => {
    const problems = await fixtureProblems("outside-link");
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "elements/three.mdx",
          message: expect.stringContaining('"https://example.org/not-a-source"'),
        }),
        expect.objectContaining({
          file: "speakers/jo-bloggs.yaml",
          field: "bio",
          message: expect.stringContaining("not the url of any source in content/sources/"),
        }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it("may be a source's url, with or without a trailing slash", async () => {
    const bundle = await loadFixture("valid");
    const [first, ...rest] = bundle.elements;
    if (!first) throw new Error("the valid fixture has no elements");
    const linking = { ...first, body: { ...first.body, links: ["https://example.org/study/"] } };
    expect(checkOutsideLinks({ ...bundle, elements: [linking, ...rest] })).toEqual([]);
    const stray = { ...first, body: { ...first.body, links: ["https://example.org/studies"] } };
    expect(checkOutsideLinks({ ...bundle, elements: [stray, ...rest] })).toHaveLength(1);
  });
});
