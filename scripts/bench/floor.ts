/**
 * The framework floor: the first-load JavaScript of a bare App Router page (one layout, one page
 * with a heading) built with the same Next.js and React as the site. It is built in a temporary
 * folder outside the project that borrows the project's node_modules through a symlink, and the
 * figure is cached by the versions that shape it, so only the first run pays for the build.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measurePages } from "./pages";

export type Floor = { jsKb: number; versions: Record<string, string>; measuredAt: string };

const VERSIONED = ["next", "react", "react-dom"] as const;

function installedVersions(root: string): Record<string, string> {
  return Object.fromEntries(
    VERSIONED.map((name) => {
      const manifest = path.join(root, "node_modules", name, "package.json");
      const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown };
      if (typeof version !== "string") throw new Error(`no version in ${manifest}`);
      return [name, version];
    }),
  );
}

const cacheFile = (root: string, versions: Record<string, string>) =>
  path.join(
    root,
    "node_modules",
    ".cache",
    "size-floor",
    `${VERSIONED.map((name) => `${name}-${versions[name]}`).join("_")}.json`,
  );

const BARE_APP: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-floor", private: true }),
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "dom.iterable", "esnext"],
      strict: true,
      noEmit: true,
      module: "esnext",
      moduleResolution: "bundler",
      jsx: "react-jsx",
      isolatedModules: true,
      skipLibCheck: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
  }),
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return <h1>Floor</h1>;
}
`,
};

/**
 * Turbopack does not follow a node_modules symlink out of its root (the build fails, unable to
 * resolve next: "files outside of the workspace root are not compiled"), so the root is the
 * nearest folder that holds both the temporary app and the project (often "/"; a build reads
 * only what it imports, so a wide root costs nothing).
 */
function commonAncestor(a: string, b: string): string {
  const partsA = path.resolve(a).split(path.sep);
  const partsB = path.resolve(b).split(path.sep);
  const shared: string[] = [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length) && partsA[i] === partsB[i]; i++) {
    shared.push(partsA[i] ?? "");
  }
  return shared.join(path.sep) || path.sep;
}

function buildBareApp(root: string): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bare-floor-"));
  try {
    for (const [file, text] of Object.entries(BARE_APP)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const turbopackRoot = commonAncestor(dir, root);
    writeFileSync(
      path.join(dir, "next.config.mjs"),
      `export default { turbopack: { root: ${JSON.stringify(turbopackRoot)} } };\n`,
    );
    symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    const build = spawnSync(
      process.execPath,
      [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
      {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
        encoding: "utf8",
      },
    );
    if (build.status !== 0) {
      throw new Error(`the bare page did not build:\n${build.stdout}\n${build.stderr}`);
    }
    const home = measurePages(path.join(dir, ".next")).find((page) => page.route === "/");
    if (!home) throw new Error("the bare build has no pre-rendered home page");
    return home.jsKb;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readCache(file: string, versions: Record<string, string>): Floor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined; // not measured yet for these versions
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { jsKb, measuredAt } = parsed as Record<string, unknown>;
  return typeof jsKb === "number" && typeof measuredAt === "string"
    ? { jsKb, versions, measuredAt }
    : undefined;
}

/** The floor for the installed versions: cached, or built and measured now (about a minute). */
export function frameworkFloor(
  root: string,
  { rebuild = false }: { rebuild?: boolean } = {},
): Floor & { cached: boolean } {
  const versions = installedVersions(root);
  const file = cacheFile(root, versions);
  const cached = rebuild ? undefined : readCache(file, versions);
  if (cached) return { ...cached, cached: true };
  const floor: Floor = { jsKb: buildBareApp(root), versions, measuredAt: new Date().toISOString() };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(floor, null, 2)}\n`);
  return { ...floor, cached: false };
}

/** The cached floor for the installed versions, if `npm run size` has measured it. */
export function cachedFloor(root: string): Floor | undefined {
  try {
    const versions = installedVersions(root);
    return readCache(cacheFile(root, versions), versions);
  } catch {
    return undefined; // no node_modules: nothing measured
  }
}
