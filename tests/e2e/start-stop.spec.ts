import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";

/** Ports of their own, away from the one the other tests are served on. */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function track(child: ChildProcess): Started {
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** scripts/start.mjs itself, as the Playwright config starts it. */
function start(port: number): Started {
  return track(
    spawn(process.execPath, ["scripts/start.mjs", "--no-build", "-p", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

/**
 * `npm start` or `npm run serve`, as a person runs it. In a process group of its own, so that
 * whatever it leaves behind can be cleared away afterwards without touching anything else.
 */
function startWithNpm(script: "start" | "serve", port: number): Started {
  return track(
    spawn(npm, ["run", script, "--", "-p", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, SITE_URL: "https://reform-research.example.org" },
    }),
  );
}

function clearGroup(started: Started): void {
  try {
    if (started.child.pid) process.kill(-started.child.pid, "SIGKILL");
  } catch {
    // Nothing left.
  }
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://localhost:${port}/`)).ok;
  } catch {
    return false;
  }
}

test.describe.configure({ mode: "serial" });

test("stopping start.mjs by its process id stops the site", { tag: "@any-viewport" }, async () => {
  test.setTimeout(60_000);
  const port = BASE_PORT;
  const server = start(port);
  await expect.poll(() => answers(port), { timeout: 30_000 }).toBe(true);

  const second = start(port);
  expect(await second.exited).toBe(1);
  expect(second.output().trim()).toMatch(new RegExp(`^Port ${port} is already in use.*PORT=`));
  expect(second.output().trim().split("\n")).toHaveLength(1);

  server.child.kill("SIGTERM");
  expect(await server.exited).toBe(0);
  await expect.poll(() => answers(port), { timeout: 5_000 }).toBe(false);
});

for (const [script, signal, offset] of [
  ["start", "SIGTERM", 1],
  ["serve", "SIGINT", 2],
] as const) {
  test(
    `${signal} to the npm process of \`npm ${script === "start" ? "start" : "run serve"}\` stops the site`,
    { tag: "@any-viewport" },
    async () => {
      test.setTimeout(60_000);
      const port = BASE_PORT + offset;
      const npmRun = startWithNpm(script, port);
      try {
        await expect.poll(() => answers(port), { timeout: 40_000 }).toBe(true);
        // The npm process alone, by its id: not its process group, as a terminal's Ctrl+C would.
        npmRun.child.kill(signal);
        await expect.poll(() => answers(port), { timeout: 10_000 }).toBe(false);
        const exited = await Promise.race([
          npmRun.exited.then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000)),
        ]);
        expect(exited, npmRun.output()).toBe(true);
      } finally {
        clearGroup(npmRun);
      }
    },
  );
}
