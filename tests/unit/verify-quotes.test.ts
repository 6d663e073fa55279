import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { quoteSchema, speakerSchema } from "@/lib/content/schemas";
import {
  checkQuotes,
  collapseWhitespace,
  extractQuotedPassages,
  extractStatements,
  normaliseText,
  splitSentences,
} from "@/lib/verify/quotes";
import type { QuoteInput } from "@/lib/verify/quotes";

const root = process.cwd();
const fixtureSource = path.resolve(root, "tests", "fixtures", "source", "celcis-news-release.txt");
const sharedSource = path.resolve(root, "..", "shared", "source", "celcis-news-release.txt");

/** A small news release in the same shape as the real one. */
const SOURCE = [
  "Headline with 'straight' marks",
  "",
  "Some narrative that nobody said. It has two sentences.",
  "",
  "Dr Jane Doe, Head of Research, said: \u201CThe evidence is clear. We\u2019ve  seen it\u202Ftwice. ",
  "",
  "\u201CChange needs time \u2013 and money. It\u2019s working to tackle poverty.\u201D ",
  "",
  "Professor Sam Roe said: \u201CThis is a milestone.\u201D",
  "",
].join("\n");

const ALL_QUOTES: QuoteInput[] = [
  { id: "doe-evidence", text: "The evidence is clear. We\u2019ve seen it twice.", position: 1 },
  { id: "doe-time", text: "Change needs time \u2013 and money.", position: 2 },
  { id: "doe-poverty", text: "It\u2019s working to tackle poverty.", position: 3 },
  { id: "roe-milestone", text: "This is a milestone.", position: 4 },
];

function messages(quotes: QuoteInput[], source = SOURCE): string[] {
  return checkQuotes(quotes, source).problems.map((problem) => problem.message);
}

describe("normaliseText", () => {
  it("collapses whitespace and unifies quotation marks and apostrophes, and nothing else", () => {
    expect(normaliseText("  \u201CIt\u2019s\u00A0 \n here\u202F\u2013 now\u201D  ")).toBe(
      '"It\'s here \u2013 now"',
    );
    expect(normaliseText("\u2018a\u2019 'b' \"c\"")).toBe("'a' 'b' \"c\"");
    expect(normaliseText("Well-known - dash \u2014 Case.")).toBe("Well-known - dash \u2014 Case.");
  });

  it("keeps the same length as collapseWhitespace, so offsets carry over", () => {
    const text = " \u201CWe\u2019ve\n\n seen\u202F it\u201D ";
    expect(normaliseText(text)).toHaveLength(collapseWhitespace(text).length);
  });
});

describe("extracting the speakers' words", () => {
  it("finds passages, marking those that run on into the next paragraph", () => {
    const passages = extractQuotedPassages(SOURCE);
    expect(passages.map((passage) => [normaliseText(passage.text), passage.closed])).toEqual([
      ["The evidence is clear. We've seen it twice.", false],
      ["Change needs time \u2013 and money. It's working to tackle poverty.", true],
      ["This is a milestone.", true],
    ]);
    expect(passages.map((passage) => passage.line)).toEqual([5, 7, 9]);
  });

  it("joins a multi-paragraph statement and splits it into sentences in order", () => {
    const statements = extractStatements(SOURCE);
    expect(statements).toHaveLength(2);
    const [doe, roe] = statements;
    expect(doe?.attribution).toBe("Dr Jane Doe, Head of Research, said:");
    expect(doe?.passages).toHaveLength(2);
    expect(
      doe?.sentences.map((sentence) => [sentence.number, sentence.line, sentence.text]),
    ).toEqual([
      [1, 5, "The evidence is clear."],
      [2, 5, "We've seen it twice."],
      [3, 7, "Change needs time \u2013 and money."],
      [4, 7, "It's working to tackle poverty."],
    ]);
    expect(doe?.sentences[1]?.original).toBe("We\u2019ve seen it twice.");
    expect(doe?.text).toBe(
      "The evidence is clear. We've seen it twice. Change needs time \u2013 and money. It's working to tackle poverty.",
    );
    expect(roe?.attribution).toBe("Professor Sam Roe said:");
    expect(roe?.sentences.map((sentence) => sentence.number)).toEqual([5]);
  });

  it("does not end sentences at abbreviations, initials or a lower-case continuation", () => {
    const spans = splitSentences(
      "We spoke to Dr. Smith and J. K. Doe, e.g. about this. It helped: it\u2019s done. \u201CQuoted.\u201D Next one 2. 3 items.",
    );
    expect(spans.map((span) => span.text)).toEqual([
      "We spoke to Dr. Smith and J. K. Doe, e.g. about this.",
      "It helped: it\u2019s done.",
      "\u201CQuoted.\u201D",
      "Next one 2.",
      "3 items.",
    ]);
  });
});

describe("checkQuotes", () => {
  it("passes verbatim quotes that cover every sentence", () => {
    const report = checkQuotes(ALL_QUOTES, SOURCE);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.sentences).toHaveLength(5);
  });

  it("accepts differences only in whitespace and quotation-mark style", () => {
    const quotes: QuoteInput[] = [
      {
        id: "doe-evidence",
        text: "  The evidence   is clear.\nWe've seen it\u00A0twice. ",
        position: 1,
      },
      ...ALL_QUOTES.slice(1),
    ];
    expect(messages(quotes)).toEqual([]);
  });

  it("fails a changed word, naming the quote and showing where it differs", () => {
    const quotes: QuoteInput[] = [
      {
        id: "doe-time",
        text: "Change needs time \u2013 and funding.",
        file: "content/quotes/doe-time.yaml",
      },
    ];
    const report = checkQuotes(quotes, SOURCE);
    expect(report.ok).toBe(false);
    expect(report.notVerbatim).toEqual(["doe-time"]);
    expect(report.problems[0]?.message).toBe(
      'Quote "doe-time" (content/quotes/doe-time.yaml) is not in the source verbatim: first difference at "Change needs time \u2013 and funding." (source: "Change needs time \u2013 and money. It\u2019s working to tackle…")',
    );
  });

  it("fails other changes that normalising must not hide", () => {
    const changed = [
      "Change needs time - and money.", // hyphen for en dash
      "change needs time \u2013 and money.", // case
      "Change needs time \u2013 and money!", // punctuation
    ];
    for (const text of changed) {
      expect(checkQuotes([{ id: "doe-time", text }], SOURCE).notVerbatim).toEqual(["doe-time"]);
    }
  });

  it("fails an added [sic], and says why", () => {
    const quotes: QuoteInput[] = [{ id: "doe-evidence", text: "The evidence is [sic] clear." }];
    const [problem] = checkQuotes(quotes, SOURCE).problems.filter(
      (item) => item.kind === "not-verbatim",
    );
    expect(problem?.quoteId).toBe("doe-evidence");
    expect(problem?.message).toContain('Quote "doe-evidence" is not in the source verbatim');
    expect(problem?.message).toContain("[sic] clear.");
    expect(problem?.message).toContain("editorial insertions such as [sic] are not allowed");
  });

  it("reports each sentence that no quote covers, with its line", () => {
    const report = checkQuotes(
      ALL_QUOTES.filter((quote) => quote.id !== "doe-poverty").map(({ id, text }) => ({
        id,
        text,
      })),
      SOURCE,
    );
    expect(report.uncovered.map((sentence) => sentence.number)).toEqual([4]);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      'Sentence 4 of the quoted passages (line 7) is not covered by any quote: "It\u2019s working to tackle poverty."',
    ]);
  });

  it("counts a sentence as uncovered when a quote holds only part of it", () => {
    const quotes: QuoteInput[] = [
      { id: "doe-evidence", text: "The evidence is clear. We\u2019ve seen it twice." },
      { id: "doe-time", text: "Change needs time" },
      { id: "doe-poverty", text: "It\u2019s working to tackle poverty." },
      { id: "roe-milestone", text: "This is a milestone." },
    ];
    expect(messages(quotes)).toEqual([
      'Sentence 3 of the quoted passages (line 7) is not covered by any quote (only part of it is in "doe-time"): "Change needs time \u2013 and money."',
    ]);
  });

  it("covers sentences across a speaker's paragraphs with one quote per sentence group", () => {
    const quotes: QuoteInput[] = [
      { id: "doe-clear", text: "The evidence is clear." },
      { id: "doe-twice", text: "We\u2019ve seen it twice." },
      { id: "doe-time-and-poverty", text: ALL_QUOTES[1]?.text + " " + ALL_QUOTES[2]?.text },
      { id: "roe-milestone", text: "This is a milestone." },
    ];
    expect(messages(quotes)).toEqual([]);
  });

  it("fails words that are in the source but not inside a speaker's quotation marks", () => {
    const quotes: QuoteInput[] = [{ id: "narrative", text: "It has two sentences." }];
    const report = checkQuotes(quotes, SOURCE);
    expect(report.problems[0]?.kind).toBe("outside-quotation-marks");
    expect(report.problems[0]?.message).toContain('Quote "narrative" is in the source, but not');
  });

  it("checks the speaker and the positions when they are given", () => {
    const quotes: QuoteInput[] = [
      { id: "doe-evidence", text: "The evidence is clear.", position: 1 },
      { id: "doe-rest", text: "We\u2019ve seen it twice.", position: 3, speakerName: "Sam Roe" },
      { id: "doe-time", text: "Change needs time \u2013 and money.", position: 2 },
      { id: "doe-poverty", text: "It\u2019s working to tackle poverty.", position: 4 },
      { id: "roe-milestone", text: "This is a milestone.", position: 4, speakerName: "Sam Roe" },
    ];
    expect(messages(quotes)).toEqual([
      'Quote "doe-rest" is attributed to Sam Roe, but the source introduces it with "Dr Jane Doe, Head of Research, said:"',
      'Quotes "doe-poverty", "roe-milestone" share position 4',
      "No quote has position 5 (positions should run from 1 to 5 without gaps)",
      'Quote "doe-rest" has position 3, but it is the 2nd quote in source order',
      'Quote "doe-time" has position 2, but it is the 3rd quote in source order',
      'Quote "roe-milestone" has position 4, but it is the 5th quote in source order',
    ]);
  });

  it("says so when the source has no quoted passages", () => {
    const report = checkQuotes([], "Nothing quoted here.\n");
    expect(report.problems.map((problem) => problem.kind)).toEqual(["no-quoted-passages"]);
  });
});

/** The site's quotes, as the verify:quotes script loads them. */
function loadSiteQuotes(): QuoteInput[] {
  const speakersDir = path.resolve(root, "content", "speakers");
  const names = new Map(
    readdirSync(speakersDir)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => speakerSchema.parse(parse(readFileSync(path.join(speakersDir, name), "utf8"))))
      .map((speaker) => [speaker.slug, speaker.name]),
  );
  const quotesDir = path.resolve(root, "content", "quotes");
  return readdirSync(quotesDir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => {
      const quote = quoteSchema.parse(parse(readFileSync(path.join(quotesDir, name), "utf8")));
      expect(name).toBe(`${quote.id}.yaml`);
      expect(names.has(quote.speaker), `speaker of ${quote.id}`).toBe(true);
      return {
        id: quote.id,
        text: quote.text,
        file: `content/quotes/${name}`,
        position: quote.position,
        speakerName: names.get(quote.speaker),
      };
    });
}

describe("the site's quotes against the news release", () => {
  const sources = [fixtureSource, ...(existsSync(sharedSource) ? [sharedSource] : [])];

  it.each(sources)("are verbatim and cover every sentence of %s", (file) => {
    const source = readFileSync(file, "utf8");
    const quotes = loadSiteQuotes();
    expect(quotes.length).toBeGreaterThanOrEqual(20);
    expect(quotes.length).toBeLessThanOrEqual(30);
    const report = checkQuotes(quotes, source);
    expect(report.problems.map((problem) => problem.message)).toEqual([]);
    expect(report.statements).toHaveLength(3);
    expect(report.sentences).toHaveLength(21);
    // Stricter than the check: the apostrophes and dashes are the source's own characters too.
    const asWritten = collapseWhitespace(source);
    for (const quote of quotes) {
      expect(asWritten, quote.id).toContain(collapseWhitespace(quote.text));
    }
  });

  // Defined only where the shared source is at hand, rather than passing with no assertion.
  const copies = existsSync(sharedSource) ? [sharedSource] : [];
  it.each(copies)("uses a fixture that is a byte-for-byte copy of %s", (file) => {
    expect(readFileSync(fixtureSource).equals(readFileSync(file))).toBe(true);
  });
});

describe("the verify:quotes script", () => {
  const runScript = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-quotes.ts", ...args], {
      cwd: root,
      encoding: "utf8",
    });

  it("passes the site's quotes against the fixture", () => {
    const result = runScript("tests/fixtures/source/celcis-news-release.txt");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^\d+ quotes checked against tests\/fixtures\/source\/celcis-news-release\.txt .*: all verbatim; every sentence covered\n$/,
    );
    expect(result.status).toBe(0);
  });

  it("exits 2 with a clear message when the file is missing or unreadable", () => {
    const none = runScript();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("No source file given");
    const missing = runScript("tests/fixtures/source/no-such-file.txt");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      "Cannot read the source file tests/fixtures/source/no-such-file.txt: no such file",
    );
  });
});
