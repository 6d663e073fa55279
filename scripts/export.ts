/**
 * `npm run export`: the whole site as static files in out/, for any static host or CDN.
 * Refuses to run without SITE_URL, since every canonical URL, preview image address and citation
 * in the files is written with it. Writes the security headers for the host to out/_headers.
 *
 * The export build also writes .next/ (Next keeps its build files there whatever the output), so
 * never run it at the same time as `npm run build`; afterwards run `npm run build` again before
 * `npm start`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hostHeadersFile } from "@/lib/export/host-headers";
import { securityHeaders } from "@/lib/security-headers";
import { SITE_URL_HELP, resolveSiteUrl } from "@/lib/site-url";
import { parseArguments } from "./lib/args.mjs";

const OUT = "out";
// No options: anything given is a mistake worth saying so.
parseArguments({}, "Usage: SITE_URL=https://… npm run export");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let siteUrl: string;
try {
  const resolved = resolveSiteUrl(process.env);
  if (!resolved.fromEnv) fail(`npm run export needs SITE_URL. ${SITE_URL_HELP}`);
  siteUrl = resolved.url;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

console.log(`Exporting the site for ${siteUrl} into ${OUT}/`);
fs.rmSync(OUT, { recursive: true, force: true });
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
run(npm, ["run", "content"]);
run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
  ...process.env,
  NEXT_OUTPUT: "export",
  NEXT_TELEMETRY_DISABLED: "1",
});
if (!fs.existsSync(path.join(OUT, "index.html")) || !fs.existsSync(path.join(OUT, "404.html"))) {
  fail(`The export did not write ${OUT}/index.html and ${OUT}/404.html.`);
}
fs.writeFileSync(path.join(OUT, "_headers"), hostHeadersFile(securityHeaders()));
// The build files in .next/ now belong to the export, which `next start` cannot serve: without a
// BUILD_ID, `npm start` builds the server version again instead of failing.
fs.rmSync(path.join(".next", "BUILD_ID"), { force: true });
console.log(`Wrote ${OUT}/ and ${OUT}/_headers. Serve it with: npm run serve:export`);
