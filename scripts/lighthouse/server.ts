/** Starting and stopping a production server for `npm run lighthouse`. */
import { spawn, type ChildProcess } from "node:child_process";

export type Server = {
  origin: string;
  stop: () => Promise<void>;
  /** Null while running; otherwise what the server printed before it stopped. */
  exitReport: () => string | null;
};

/** Starts `command args` in `cwd` and resolves once `origin` answers; rejects if it exits first. */
export async function startServer(
  command: string,
  args: string[],
  origin: string,
  cwd = process.cwd(),
): Promise<Server> {
  const child = spawn(command, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const server: Server = {
    origin,
    stop: () => stop(child, exited),
    exitReport: () =>
      child.exitCode === null && child.signalCode === null
        ? null
        : `exit ${child.exitCode ?? child.signalCode}:\n${output.trim().split("\n").slice(-20).join("\n")}`,
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server stopped before answering:\n${output.trim()}`);
    }
    try {
      const response = await fetch(origin + "/", { signal: AbortSignal.timeout(2000) });
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await server.stop();
  throw new Error(`The server did not answer at ${origin} within 60 s:\n${output.trim()}`);
}

/** SIGTERM (which scripts/start.mjs passes on to Next), then SIGKILL if it lingers. */
async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
