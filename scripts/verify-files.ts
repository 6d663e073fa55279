/**
 * What the verify:* scripts share: paths in messages relative to the project root, and
 * file-system errors in a few plain words, so no message shows the machine's absolute paths.
 */
import path from "node:path";

/** A problem that stops a check before it starts: exit code 2, with its message. */
export class CannotRun extends Error {}

/** A path for messages: relative to the project root, with forward slashes. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(process.cwd(), file)) || file;
  return relative.split(path.sep).join("/");
}

/** A file-system error in a few plain words, without the machine's absolute paths. */
export function errorText(error: unknown): string {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "it is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Prints a check's outcome: the heading with what passed, or the count and one line per problem.
 * Returns the exit code: 0 when clean, 1 with problems.
 */
export function report(heading: string, clean: string, problems: readonly string[]): number {
  if (problems.length === 0) {
    console.log(`${heading}: ${clean}`);
    return 0;
  }
  console.log(`${heading}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  for (const problem of problems) console.error(problem);
  return 1;
}

/** Runs a check's main function: its exit code, or 2 with the message when it cannot run. */
export function runCheck(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (!(error instanceof CannotRun)) throw error;
      console.error(error.message);
      process.exitCode = 2;
    },
  );
}
