import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";

/** A port of its own, away from the one the other tests are served on. */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const URL = `http://localhost:${PORT}/`;

function start(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["scripts/start.mjs", "--no-build", "-p", String(PORT)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function answers(): Promise<boolean> {
  try {
    return (await fetch(URL)).ok;
  } catch {
    return false;
  }
}

test.describe.configure({ mode: "serial" });

test(
  "stopping `npm start` by its process id stops the site",
  { tag: "@any-viewport" },
  async () => {
    test.setTimeout(60_000);
    const server = start();
    await expect.poll(answers, { timeout: 30_000 }).toBe(true);

    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toMatch(new RegExp(`^Port ${PORT} is already in use.*PORT=`));
    expect(second.output().trim().split("\n")).toHaveLength(1);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    await expect.poll(answers, { timeout: 5_000 }).toBe(false);
  },
);
