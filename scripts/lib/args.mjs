// Command-line arguments for the scripts: Node's own util.parseArgs, strict, with a wrong
// argument answered in one line (what is wrong, then the usage) and exit code 2.
// Plain JavaScript so that the scripts run by plain node (start.mjs, server.mjs…) share it too;
// args.d.mts gives its types to the TypeScript ones.
import { parseArgs } from "node:util";

/** What is wrong with `args` for `config`, in a few words; undefined when nothing is. */
export function argumentProblem(config, args) {
  const options = config.options ?? {};
  // Read loosely first, so that the problem can be named from the tokens rather than from the
  // wording of Node's own error.
  const { tokens } = parseArgs({ ...config, args: [...args], strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (!config.allowPositionals) return `Unexpected argument "${token.value}".`;
    } else if (token.kind === "option") {
      const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
      if (option === undefined) return `Unknown option ${token.rawName}.`;
      if (option.type === "boolean" && token.value !== undefined) {
        return `${token.rawName} takes no value.`;
      }
      // A string option followed by another option has been given no value.
      const missing =
        token.value === undefined || (!token.inlineValue && token.value.startsWith("-"));
      if (option.type === "string" && missing) return `${token.rawName} needs a value.`;
    }
  }
  return undefined;
}

/** Prints the problem and the usage on one line and ends the script with exit code 2. */
export function exitWithUsage(problem, usage) {
  console.error(`${problem} ${usage}`);
  process.exit(2);
}

/**
 * util.parseArgs over the script's arguments (`args`, by default the command line's), strict;
 * any unknown option, missing value or unexpected argument ends the script (exitWithUsage).
 */
export function parseArguments(config, usage, args = process.argv.slice(2)) {
  const problem = argumentProblem(config, args);
  if (problem !== undefined) exitWithUsage(problem, usage);
  try {
    return parseArgs({ ...config, args: [...args], strict: true });
  } catch (error) {
    // Not expected after the check above; still one line, never a stack.
    return exitWithUsage(String(error?.message ?? error).split("\n")[0], usage);
  }
}

/**
 * A whole number from `min` to `max` given as `raw` (an option's text); `fallback` when it was
 * not given. Anything else ends the script (exitWithUsage), naming the option.
 */
export function wholeNumber(raw, { name, min, max, fallback, usage }) {
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (
    raw === undefined ||
    raw.trim() === "" ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    exitWithUsage(
      `${name} must be a whole number from ${min} to ${max}, not "${raw ?? ""}".`,
      usage,
    );
  }
  return value;
}
