/**
 * `npm test`: every check, with what is independent run side by side. On two cores this takes
 * minutes off running them one after another, and checks exactly the same things:
 *
 *   1. at once:   lint, format check, typecheck, unit tests   |   export build, then server build
 *   2. at once:   end-to-end tests against next start          |   against the static export
 *
 * The two builds stay in sequence (both write .next); the export is built first so that the
 * server build is the one left in .next. Each step's output is printed whole when it ends, and
 * the first failure stops the run with that step's output.
 */
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(0);
const children = new Set();

/** Runs `npm run <script>`, collecting its output; resolves when it passes, rejects if not. */
function run(script) {
  return new Promise((resolve, reject) => {
    const from = performance.now();
    const child = spawn(npm, ["run", "--silent", script], {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "0" },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stopping it stops npm's shell and what that started too.
      detached: true,
    });
    children.add(child);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code, signal) => {
      children.delete(child);
      const status = code === 0 ? "passed" : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n── ${script}: ${status} in ${seconds(from)} s ──\n${output}`);
      if (code === 0) resolve();
      else reject(new Error(script));
    });
  });
}

/** Steps in order, one after another. */
async function sequence(...scripts) {
  for (const script of scripts) await run(script);
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

try {
  await Promise.all([
    sequence("lint", "format:check", "typecheck", "test:unit"),
    sequence("test:export-build", "build"),
  ]);
  await Promise.all([run("test:e2e"), run("test:e2e:export")]);
  console.log(`\nEverything passed in ${seconds(started)} s.`);
} catch (error) {
  stopAll();
  console.error(`\n${error.message} failed; stopped after ${seconds(started)} s.`);
  process.exit(1);
}
