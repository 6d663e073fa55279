import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ContentProblem } from "@/lib/content/errors";
import { ContentError } from "@/lib/content/errors";
import type { ContentBundle } from "@/lib/content/load";
import { buildContent } from "@/lib/site-model/build";

/** tests/fixtures/content: `valid/` is a complete content tree, every other folder an overlay. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../../fixtures/content");

/** The project root, for running scripts/ against a fixture. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * An overlay may list files to remove from `valid/` (paths relative to the content folder,
 * one a line, `#` for comments) in this file; it is never copied into the content tree.
 */
export const DELETE_LIST = "deleted-files.txt";

const madeDirs: string[] = [];

/** A fresh, empty temporary folder, removed by `removeTempDirs`. */
export async function makeTempDir(prefix = "content-fixture-"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Removes every folder this helper made; call it from `afterAll`. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(madeDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
}

async function applyOverlay(name: string, target: string): Promise<void> {
  const overlay = path.join(FIXTURES_DIR, name);
  const stat = await fs.stat(overlay).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`no fixture folder ${overlay}`);

  const deleteList = await fs.readFile(path.join(overlay, DELETE_LIST), "utf8").catch(() => "");
  for (const line of deleteList.split("\n")) {
    const file = line.trim();
    if (file && !file.startsWith("#")) await fs.rm(path.join(target, file));
  }
  await fs.cp(overlay, target, {
    recursive: true,
    filter: (source) => path.basename(source) !== DELETE_LIST,
  });
}

/**
 * Copies `valid/` into `dir` (a content folder) and lays each named overlay on top, in order.
 * With no names, the valid tree alone.
 */
export async function writeFixture(dir: string, ...overlays: string[]): Promise<string> {
  await fs.cp(path.join(FIXTURES_DIR, "valid"), dir, { recursive: true });
  for (const name of overlays) await applyOverlay(name, dir);
  return dir;
}

/** A temporary content folder built from `valid/` plus the given overlays. */
export async function makeFixtureDir(...overlays: string[]): Promise<string> {
  return writeFixture(await makeTempDir(), ...overlays);
}

/**
 * Loads `valid/` with one or more overlays on top. File names in problems are relative to the
 * content folder, e.g. `elements/four.mdx`.
 */
export async function loadFixture(name: string | readonly string[] = []): Promise<ContentBundle> {
  const overlays = typeof name === "string" ? (name === "valid" ? [] : [name]) : [...name];
  const dir = await makeFixtureDir(...overlays);
  return buildContent(dir, { displayRoot: dir });
}

/** Runs `load` and returns the ContentError it throws; fails if it resolves or throws anything else. */
export async function catchContentError(load: () => Promise<unknown>): Promise<ContentError> {
  try {
    await load();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw new Error(`expected a ContentError, got: ${String(error)}`, { cause: error });
  }
  throw new Error("expected the content to be invalid, but it loaded");
}

/** The ContentError thrown when loading the named fixture (or overlays). */
export async function fixtureError(name: string | readonly string[]): Promise<ContentError> {
  return catchContentError(() => loadFixture(name));
}

/** The problems reported when loading the named fixture (or overlays). */
export async function fixtureProblems(
  name: string | readonly string[],
): Promise<readonly ContentProblem[]> {
  return (await fixtureError(name)).problems;
}

/** How long one run of the content build script may take in a test. */
export const BUILD_SCRIPT_TIMEOUT = 60_000;

/**
 * Runs scripts/build-content.ts in a temporary working folder whose `content/` is the fixture
 * with `overlays`, so the script reads the fixture and writes `.generated/` there, never in the
 * project.
 */
export async function buildFixture(...overlays: string[]) {
  const cwd = await makeTempDir("content-build-");
  await writeFixture(path.join(cwd, "content"), ...overlays);
  const result = spawnSync(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
    [path.join(PROJECT_ROOT, "scripts", "build-content.ts")],
    { cwd, encoding: "utf8", timeout: BUILD_SCRIPT_TIMEOUT },
  );
  return { cwd, status: result.status, stdout: result.stdout, stderr: result.stderr };
}
