// Serves the production site on http://localhost:3000 (PORT or -p overrides), building it first
// when there is no build yet, so that `npm install && npm start` works on a fresh clone.
// `--no-build` (npm run serve) only serves.
//
// The server is started directly, with no npm or shell in between, and SIGINT/SIGTERM are passed
// on to it (and to the build, while there is one): stopping this process stops the site. npm
// runs a script line through `sh`, which would die on SIGTERM without passing it on, so the
// package.json lines `exec` this script in the shell's place. A port in use is one plain line,
// not a stack.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exitWithUsage, parseArguments } from "./lib/args.mjs";
import { PortInUseError, freePort } from "./lib/free-port.mjs";

const USAGE = "Usage: npm start -- [-p PORT] [--no-build]";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { values } = parseArguments(
  { options: { port: { type: "string", short: "p" }, "no-build": { type: "boolean" } } },
  USAGE,
);
const rawPort = values.port ?? process.env.PORT ?? "3000";
const port = Number(rawPort);
const buildFirst = !values["no-build"];

if (!/^\d+$/.test(rawPort) || port <= 0 || port > 65535) {
  exitWithUsage(`"${rawPort}" is not a port number: use 1 to 65535.`, USAGE);
}

/** What runs now (the build, the notice or the server), to pass a stop on to. */
let current;
let stoppedBy;
for (const signal of SIGNALS) {
  process.on(signal, () => {
    stoppedBy = signal;
    if (!current) process.exit(0);
    try {
      // The build runs in a process group of its own (npm, its shells, next build): stop it all.
      if (current.group) process.kill(-current.child.pid, signal);
      else current.child.kill(signal);
    } catch {
      // Already gone.
    }
  });
}

/** Runs a command to its end with the terminal's output; resolves to its exit code. */
function run(command, args, { group = false } = {}) {
  const child = spawn(command, args, { stdio: "inherit", detached: group });
  current = { child, group };
  return new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

try {
  await freePort(port);
} catch (error) {
  console.error(
    error instanceof PortInUseError
      ? `Port ${port} is already in use (is the site already running?). Choose another with PORT=3001 npm start.`
      : `Cannot listen on port ${port}: ${error.message}`,
  );
  process.exit(1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (!existsSync(".next/BUILD_ID")) {
  if (!buildFirst) {
    console.error("There is no production build: run `npm run build` first (or `npm start`).");
    process.exit(1);
  }
  // The build says in one line when SITE_URL is not set.
  console.log("No production build found: building the site first.");
  const status = await run(npm, ["run", "build"], { group: true });
  if (stoppedBy) process.exit(0);
  if (status !== 0) process.exit(status);
} else if (!process.env.SITE_URL) {
  await run(npm, ["exec", "--", "tsx", "scripts/site-url-notice.ts"]);
  if (stoppedBy) process.exit(0);
}

// scripts/server.mjs is Next's request handler behind a guard for malformed paths. It exits 130
// or 143 after a clean stop on SIGINT or SIGTERM.
const status = await run(process.execPath, [
  fileURLToPath(new URL("server.mjs", import.meta.url)),
  String(port),
]);
process.exit(status === 130 || status === 143 || stoppedBy ? 0 : status);
