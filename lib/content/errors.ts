import type { z } from "zod";

/** One problem in one content file, worded for the person who edits that file. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: field "${field}": ${message}` : `${file}: ${message}`;
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
