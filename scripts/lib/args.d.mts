import type { ParseArgsConfig, parseArgs } from "node:util";

/** A util.parseArgs configuration, less what parseArguments sets itself. */
export type ArgumentsConfig = Omit<ParseArgsConfig, "args" | "strict" | "tokens">;

export declare function argumentProblem(
  config: ArgumentsConfig,
  args: readonly string[],
): string | undefined;

export declare function exitWithUsage(problem: string, usage: string): never;

export declare function parseArguments<const T extends ArgumentsConfig>(
  config: T,
  usage: string,
  args?: readonly string[],
): ReturnType<typeof parseArgs<T & { strict: true }>>;

export declare function wholeNumber(
  raw: string | undefined,
  options: { name: string; min: number; max: number; fallback?: number; usage: string },
): number;
