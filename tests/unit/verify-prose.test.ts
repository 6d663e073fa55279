import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BODY_FIELD, formatProblem } from "@/lib/content/errors";
import type { CollectionName } from "@/lib/content/collections";
import { collections } from "@/lib/content/collections";
import { readCollection } from "@/lib/content/read";
import type { ProseDocument, ProseSegment } from "@/lib/verify/prose";
import {
  checkProse,
  normaliseWord,
  QUOTATION_WORD_LIMIT,
  quotedSpans,
  RELEASE_RUN_LIMIT,
  wordsOf,
} from "@/lib/verify/prose";
import { bodySegments, proseDocument } from "@/lib/verify/prose-content";

const root = process.cwd();
const FIXTURE = path.join("tests", "fixtures", "prose");
const RELEASE_FILE = path.join(FIXTURE, "release.txt");
const FACTS_FILE = path.join(FIXTURE, "facts.md");
const RELEASE = readFileSync(path.resolve(root, RELEASE_FILE), "utf8");
const FACTS = readFileSync(path.resolve(root, FACTS_FILE), "utf8");
const sharedRelease = path.resolve(root, "..", "shared", "source", "celcis-news-release.txt");
const sharedFacts = path.resolve(root, "..", "shared", "source", "facts.md");

/** One field of one file, as the check sees it. */
function field(text: string, line = 5, name = "summary"): ProseDocument {
  return { file: "findings/x.mdx", segments: [{ field: name, pieces: [{ text, line }] }] };
}

/** The problems, formatted as the script prints them. */
function check(documents: ProseDocument | ProseDocument[]): string[] {
  return checkProse([documents].flat(), { release: RELEASE, facts: FACTS }).map(formatProblem);
}

/** The text between each pair of quotation marks that quotedSpans finds. */
function quoted(text: string): string[] {
  return quotedSpans(text).map((span) => text.slice(span.start, span.end));
}

// "Scotland’s libraries are doing extraordinary work under demanding conditions, and the
// evidence is clear about what they need next." is Dr Jane Doe's, in the fixture release.

describe("words", () => {
  it("compare without case or the style of apostrophe, and without the punctuation around them", () => {
    expect(normaliseWord("Scotland\u2019s")).toBe(normaliseWord("scotland's"));
    expect(normaliseWord("SCOTLAND\u02BCS")).toBe("scotland's");
    expect(wordsOf("“Well-funded, local” libraries… (at weekends).").map((w) => w.word)).toEqual([
      "well",
      "funded",
      "local",
      "libraries",
      "at",
      "weekends",
    ]);
    expect(wordsOf("families\u2019 don't 'quoted'").map((w) => w.word)).toEqual([
      "families",
      "don't",
      "quoted",
    ]);
  });
});

describe("quotation marks", () => {
  it("are curly or straight, double or single", () => {
    expect(quoted("a “b c” d \"e f\" g ‘h i’ j 'k l' m")).toEqual(["b c", "e f", "h i", "k l"]);
  });

  it("are not apostrophes within or at the end of a word", () => {
    expect(
      quoted("Scotland’s and Scotland's libraries, the families’ needs, readers' groups"),
    ).toEqual([]);
    expect(quoted("the ‘key elements’ and the families’ needs")).toEqual(["key elements"]);
    expect(quoted("the 'key elements' and the readers' groups")).toEqual(["key elements"]);
    expect(quoted("‘Scotland’s own’ and 'Scotland's own'")).toEqual([
      "Scotland’s own",
      "Scotland's own",
    ]);
  });

  it("nest, count as one quotation from the outermost marks, and run on when left open", () => {
    expect(quoted("he said “a ‘b’ c” and")).toEqual(["a ‘b’ c"]);
    expect(quoted("she said: “it goes on")).toEqual(["it goes on"]);
  });
});

describe("rule a: the release's words outside quotation marks", () => {
  it(`fails a run of ${RELEASE_RUN_LIMIT} words, and passes one of ${RELEASE_RUN_LIMIT - 1}`, () => {
    expect(RELEASE_RUN_LIMIT).toBe(10);
    // Nine words of the release; the tenth, "evenings", is not "evening".
    expect(check(field("Some well-funded local libraries that stay open in the evening."))).toEqual(
      [],
    );
    expect(
      check(field("Some well-funded local libraries that stay open in the evenings.")),
    ).toEqual([
      'findings/x.mdx: field "summary", line 5: 10 words of the news release outside quotation marks: "well-funded local libraries that stay open in the evenings"; quote them with their speaker or put them in your own words',
    ]);
  });

  it("matches across apostrophe styles, case and the punctuation between words", () => {
    expect(
      check(
        field("SCOTLAND'S libraries -- are doing extraordinary work; under demanding conditions!"),
      ),
    ).toEqual([]);
    expect(
      check(
        field(
          "SCOTLAND'S libraries -- are doing extraordinary work; under demanding conditions! And the",
        ),
      ),
    ).toEqual([
      'findings/x.mdx: field "summary", line 5: 11 words of the news release outside quotation marks: "SCOTLAND\'S libraries -- are doing extraordinary work; under demanding conditions! And the"; quote them with their speaker or put them in your own words',
    ]);
  });

  it("leaves the release's words alone inside quotation marks, and a quotation breaks a run", () => {
    expect(
      check(
        field(
          "Dr Jane Doe said “Scotland’s libraries are doing extraordinary work under demanding conditions, and the evidence is clear”.",
        ),
      ),
    ).toEqual([]);
    // Six words either side of a quotation are two runs of six, not one of ten or more.
    expect(
      check(field("well-funded local libraries that stay “open” in the evenings and at weekends")),
    ).toEqual([]);
  });

  it("reports the line of the run's first word", () => {
    const document: ProseDocument = {
      file: "speakers/x.yaml",
      segments: [
        {
          field: "bio",
          pieces: [
            {
              text: "She leads it.\n  She says staff who have the time and\n  the training to help every reader matter.",
              line: 7,
            },
          ],
        },
      ],
    };
    expect(check(document)).toEqual([
      'speakers/x.yaml: field "bio", line 8: 12 words of the news release outside quotation marks: "staff who have the time and the training to help every reader"; quote them with their speaker or put them in your own words',
    ]);
  });
});

describe("rule b: quotations must be in the release or the facts", () => {
  it(`fails ${QUOTATION_WORD_LIMIT} or more quoted words found in neither, and passes fewer`, () => {
    expect(QUOTATION_WORD_LIMIT).toBe(4);
    expect(check(field("The release calls them “a real lifeline”."))).toEqual([]);
    expect(check(field("The release calls them “a real lifeline indeed”."))).toEqual([
      'findings/x.mdx: field "summary", line 5: 4 words in quotation marks that are not word for word in the news release or facts.md: "a real lifeline indeed"; quote the source exactly, or put it in your own words without quotation marks',
    ]);
  });

  it("fails a quotation with one word changed", () => {
    expect(check(field("She said 'Scotland's libraries are doing remarkable work'."))).toEqual([
      'findings/x.mdx: field "summary", line 5: 6 words in quotation marks that are not word for word in the news release or facts.md: "Scotland\'s libraries are doing remarkable work"; quote the source exactly, or put it in your own words without quotation marks',
    ]);
  });

  it("passes quotations found in either source, whatever their apostrophes and quotation marks", () => {
    expect(
      check(
        field(
          'She said "Scotland\'s libraries are doing extraordinary work"; the study asked ‘How do we make sure that everyone can borrow a book close to home?’ and the headline said small libraries “make a big difference”.',
        ),
      ),
    ).toEqual([]);
  });

  it("treats a Markdown block quote as a quotation", () => {
    const quote = (text: string): ProseDocument => ({
      file: "pages/x.mdx",
      segments: [{ field: BODY_FIELD, pieces: [{ text, line: 3 }], quoted: true }],
    });
    expect(check(quote("Staff who have the time and the training to help every reader"))).toEqual(
      [],
    );
    expect(check(quote("Staff who have time and training to help every reader"))).toEqual([
      'pages/x.mdx: body, line 3: 10 words in a block quote that are not word for word in the news release or facts.md: "Staff who have time and training to help every reader"; quote the source exactly, or put it in your own words without quotation marks',
    ]);
  });
});

describe("problems", () => {
  it("are formatted with the field, or body, and the line", () => {
    expect(formatProblem({ file: "a.mdx", field: "summary", line: 6, message: "m" })).toBe(
      'a.mdx: field "summary", line 6: m',
    );
    expect(formatProblem({ file: "a.mdx", field: BODY_FIELD, line: 14, message: "m" })).toBe(
      "a.mdx: body, line 14: m",
    );
    expect(formatProblem({ file: "a.mdx", line: 2, message: "m" })).toBe("a.mdx: line 2: m");
  });
});

describe("reading prose from MDX", () => {
  const texts = (segments: ProseSegment[]) =>
    segments.map((segment) => [
      segment.pieces.map((piece) => piece.text).join(""),
      segment.pieces[0]?.line,
      segment.quoted === true,
    ]);

  it("keeps the words of headings, paragraphs, lists, links and JSX, with their lines", () => {
    const body = [
      "",
      "## A heading",
      "",
      "Some **bold** and [linked](/elements/one) words,",
      "over two lines.",
      "",
      "- An item",
      "",
      "> Quoted words.",
      "",
      '<Note kind="an attribute">Inside a component</Note>',
      "",
      "Code `not prose` and {1 + 1} too.",
      "",
      "```",
      "code block",
      "```",
      "",
    ].join("\n");
    expect(texts(bodySegments(body, 10))).toEqual([
      ["A heading", 12, false],
      ["Some bold and linked words,\nover two lines.", 14, false],
      ["An item", 17, false],
      ["Quoted words.", 19, true],
      ["Inside a component", 21, false],
      ["Code   and   too.", 23, false],
    ]);
  });

  it("takes a file's prose fields and change notes, and not reportWording or a quote's text", async () => {
    const contentDir = path.resolve(root, FIXTURE, "failing");
    const { entries } = await readCollection(contentDir, "elements", root);
    const [entry] = entries;
    if (entry === undefined) throw new Error("no element in the failing fixture");
    expect(proseDocument("elements", entry).segments.map((segment) => segment.field)).toEqual([
      "title",
      "summary",
      "inShort",
      "changes[0].note",
      BODY_FIELD,
    ]);
    const quotes = await readCollection(contentDir, "quotes", root);
    expect(quotes.entries).toHaveLength(1);
    expect(quotes.entries.map((quote) => proseDocument("quotes", quote).segments)).toEqual([[]]);
  });
});

/** Every content file under a folder, as the verify:prose script reads it. */
async function readProse(contentDir: string): Promise<ProseDocument[]> {
  const documents: ProseDocument[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    const { entries, problems } = await readCollection(contentDir, name, root);
    expect(problems).toEqual([]);
    documents.push(...entries.map((entry) => proseDocument(name, entry)));
  }
  return documents;
}

/** What the failing fixture must report, one line per problem, as the script prints them. */
const FAILING = [
  'tests/fixtures/prose/failing/elements/one.mdx: field "changes[0].note", line 11: 8 words in quotation marks that are not word for word in the news release or facts.md: "the report\'s own words for the first element"; quote the source exactly, or put it in your own words without quotation marks',
  'tests/fixtures/prose/failing/findings/copied-run.mdx: field "summary", line 6: 15 words of the news release outside quotation marks: "said Scotland\'s libraries are doing extraordinary work under demanding conditions, and the evidence is clear"; quote them with their speaker or put them in your own words',
  'tests/fixtures/prose/failing/findings/copied-run.mdx: body, line 10: 11 words of the news release outside quotation marks: "Local libraries help people of every age to read more often"; quote them with their speaker or put them in your own words',
  'tests/fixtures/prose/failing/findings/copied-run.mdx: body, line 12: 13 words of the news release outside quotation marks: "local libraries help people of every age to read more often, according to"; quote them with their speaker or put them in your own words',
  'tests/fixtures/prose/failing/findings/near-quote.mdx: field "summary", line 6: 5 words in quotation marks that are not word for word in the news release or facts.md: "extraordinary work under difficult conditions"; quote the source exactly, or put it in your own words without quotation marks',
  'tests/fixtures/prose/failing/findings/near-quote.mdx: body, line 10: 9 words in quotation marks that are not word for word in the news release or facts.md: "Scotland’s libraries are doing remarkable work under demanding conditions"; quote the source exactly, or put it in your own words without quotation marks',
  'tests/fixtures/prose/failing/findings/near-quote.mdx: body, line 14: 10 words in a block quote that are not word for word in the news release or facts.md: "Libraries need more money and more staff, the report says."; quote the source exactly, or put it in your own words without quotation marks',
  'tests/fixtures/prose/failing/pages/about.mdx: body, line 7: 13 words in quotation marks that are not word for word in the news release or facts.md: "How do we make sure that everyone can borrow a book near home?"; quote the source exactly, or put it in your own words without quotation marks',
  'tests/fixtures/prose/failing/pages/about.mdx: body, line 9: 12 words of the news release outside quotation marks: "Staff who have the time and the training to help every reader"; quote them with their speaker or put them in your own words',
  'tests/fixtures/prose/failing/speakers/jane-doe.yaml: field "bio", line 8: 19 words of the news release outside quotation marks: "libraries help people of every age to read more often, according to a report by the Library Research Centre"; quote them with their speaker or put them in your own words',
  'tests/fixtures/prose/failing/sources/release.yaml: field "note", line 6: 7 words in quotation marks that are not word for word in the news release or facts.md: "a lifeline for readers of every age"; quote the source exactly, or put it in your own words without quotation marks',
];

describe("the prose fixtures", () => {
  it("fail once for each run and each unsourced quotation, naming file, field and line", async () => {
    const documents = await readProse(path.resolve(root, FIXTURE, "failing"));
    expect(check(documents)).toEqual(FAILING);
  });

  it("pass when the release's words are quoted, short, exempt, or our own", async () => {
    const documents = await readProse(path.resolve(root, FIXTURE, "passing"));
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expect(check(documents)).toEqual([]);
  });
});

// Defined only where the shared sources are at hand, rather than passing with no assertion.
const shared = existsSync(sharedRelease) && existsSync(sharedFacts) ? [sharedRelease] : [];
describe("the verify:prose script", () => {
  // The real content against the real sources (see above).
  it.each(shared)("has no unquoted run of %s and no unsourced quotation", async (file) => {
    const documents = await readProse(path.resolve(root, "content"));
    expect(documents.length).toBeGreaterThan(50);
    const problems = checkProse(documents, {
      release: readFileSync(file, "utf8"),
      facts: readFileSync(sharedFacts, "utf8"),
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const runScript = (args: string[], contentDir?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-prose.ts", ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...(contentDir === undefined ? {} : { CONTENT_DIR: contentDir }) },
    });

  it("exits 0 on the passing fixture", () => {
    const result = runScript([RELEASE_FILE, FACTS_FILE], path.join(FIXTURE, "passing"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "5 content files (15 fields and paragraphs of prose) checked against tests/fixtures/prose/release.txt and tests/fixtures/prose/facts.md: no run of the release's words outside quotation marks; every quotation found\n",
    );
    expect(result.status).toBe(0);
  });

  it("exits 1 on the failing fixture, with one line per problem", () => {
    const result = runScript(["--", RELEASE_FILE, FACTS_FILE], path.join(FIXTURE, "failing"));
    expect(result.stdout).toMatch(/: 11 problems\n$/);
    expect(result.stderr.trimEnd().split("\n")).toEqual(FAILING);
    expect(result.status).toBe(1);
  });

  it("exits 2 with the usage when files are missing or unreadable, without absolute paths", () => {
    const none = runScript([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      "No release or facts file given.\nUsage: npm run verify:prose -- <release file> <facts file>\n",
    );
    const one = runScript([RELEASE_FILE]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain("Give exactly two files, the release and the facts (got 1).");
    const missing = runScript([RELEASE_FILE, path.join(FIXTURE, "no-such-facts.md")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      "Cannot read the facts file tests/fixtures/prose/no-such-facts.md: no such file or folder\nUsage: npm run verify:prose -- <release file> <facts file>\n",
    );
    const folder = runScript([FIXTURE, FACTS_FILE]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(
      "Cannot read the release file tests/fixtures/prose: it is a folder, not a file",
    );
    for (const result of [none, one, missing, folder]) expect(result.stderr).not.toContain(root);
  });
});
