// Serves the production site on http://localhost:3000 (PORT or -p overrides), building it first
// when there is no build yet, so that `npm install && npm start` works on a fresh clone.
// `--no-build` (npm run serve) only serves.
//
// The server is started directly, with no npm or shell in between, and SIGINT/SIGTERM are passed
// on to it: stopping this process stops the site. A port in use is one plain line, not a stack.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const args = process.argv.slice(2);
const portFlag = args.indexOf("-p");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const buildFirst = !args.includes("--no-build");

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(
    `"${args[portFlag + 1] ?? process.env.PORT}" is not a port number: use 1 to 65535.`,
  );
  process.exit(1);
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(p);
  });
}

if (!(await portIsFree(port))) {
  console.error(
    `Port ${port} is already in use (is the site already running?). Choose another with PORT=3001 npm start.`,
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
  const build = spawnSync(npm, ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!process.env.SITE_URL) {
  spawnSync(npm, ["exec", "--", "tsx", "scripts/site-url-notice.ts"], { stdio: "inherit" });
}

// scripts/server.mjs is Next's request handler behind a guard for malformed paths.
const server = spawn(
  process.execPath,
  [fileURLToPath(new URL("server.mjs", import.meta.url)), String(port)],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
// The server exits 130 or 143 after a clean stop on SIGINT or SIGTERM.
server.on("exit", (code, signal) => {
  process.exit(code === 130 || code === 143 ? 0 : (code ?? (signal ? 0 : 1)));
});
