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

/** Turns zod issues into problems that name the file and the field. */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return {
        file,
        field: describePath([...issue.path, issue.keys.join(", ")]),
        message: "is not a known field (check its spelling)",
      };
    }
    const field = describePath(issue.path);
    const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
    const message = missing
      ? `is required but missing (expected ${missing[1]})`
      : issue.message.replace(/^Invalid input: /, "");
    return field ? { file, field, message } : { file, message };
  });
}
