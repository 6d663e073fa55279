import type { z } from "zod";

/**
 * The `field` of a problem in an MDX file's body rather than its frontmatter. No collection has
 * a field of this name, so it cannot be mistaken for one.
 */
export const BODY_FIELD = "body";

/** One problem in one content file, worded for the person who edits that file. */
export interface ContentProblem {
  file: string;
  /** The field, as a path such as `inShort` or `changes[0].note`; or BODY_FIELD. */
  field?: string;
  /** 1-based line of the file where the problem is, when known. */
  line?: number;
  message: string;
}

/**
 * One line: `file: field "inShort", line 7: message`, `file: body, line 14: message`, or as
 * much of that as is known.
 */
export function formatProblem({ file, field, line, message }: ContentProblem): string {
  const where = [
    field === undefined || field === "" ? "" : field === BODY_FIELD ? "body" : `field "${field}"`,
    line === undefined ? "" : `line ${line}`,
  ].filter((part) => part !== "");
  return where.length > 0 ? `${file}: ${where.join(", ")}: ${message}` : `${file}: ${message}`;
}

/** Thrown when content/ is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `Content is invalid (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** A value's type as messages name it: `string`, `number`, `array`, `null`, … */
function typeOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/** zod's name for an expected type, as a message gives it: `int` is a whole number. */
const typeName = (expected: string) => (expected === "int" ? "whole number" : expected);

const quoted = (value: unknown) => JSON.stringify(value) ?? String(value);

/** What a size counts: characters of text, items of a list. */
const sizeUnits: Partial<Record<string, string>> = { string: "characters", array: "items" };

function limit(
  origin: string,
  bound: number | bigint,
  side: "least" | "most",
  inclusive = true,
  exact = false,
): string {
  const unit = sizeUnits[origin];
  const phrase = exact
    ? "exactly"
    : inclusive
      ? `at ${side}`
      : side === "least"
        ? "more than"
        : "less than";
  return unit ? `must have ${phrase} ${bound} ${unit}` : `must be ${phrase} ${bound}`;
}

/**
 * The message for each zod issue, chosen by its code and its facts (`expected`, `minimum`, …),
 * never by zod's English wording. A message a schema gives itself (`.min(1, "some text")`) takes
 * precedence over this map; everything else reads as below.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `is required but missing (expected ${typeName(issue.expected)})`
        : `expected ${typeName(issue.expected)}, received ${typeOfValue(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `expected ${quoted(issue.values[0])}`
        : `expected one of ${issue.values.map(quoted).join(", ")}`;
    case "too_small":
      return limit(issue.origin, issue.minimum, "least", issue.inclusive, issue.exact);
    case "too_big":
      return limit(issue.origin, issue.maximum, "most", issue.inclusive, issue.exact);
    case "invalid_format":
      return issue.format === "regex"
        ? `does not match the pattern ${issue.pattern ?? ""}`.trim()
        : issue.format === "url"
          ? "expected a web address (URL)"
          : `expected ${issue.format}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return "is not a known field (check its spelling)";
    case "invalid_union":
      return "matches none of the forms this field may take";
    default:
      return "is not valid here";
  }
};

/**
 * Turns zod issues into problems that name the file and the field. The issues' messages come
 * from `contentErrorMap` (pass it to `safeParse`) or from the schema itself.
 */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    // An unknown field is named by its own key, not by the object that holds it.
    const path =
      issue.code === "unrecognized_keys" ? [...issue.path, issue.keys.join(", ")] : issue.path;
    const field = describePath(path);
    return field ? { file, field, message: issue.message } : { file, message: issue.message };
  });
}
