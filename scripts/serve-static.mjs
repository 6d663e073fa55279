// A plain static file server for the export in out/, behaving like a production static host:
// GET and HEAD only, `/a` served from a.html or a/index.html, 404 answered with 404.html, and
// the headers listed in out/_headers. Used by the export's end-to-end tests and
// `npm run serve:export`. Usage: node scripts/serve-static.mjs [dir] [port]
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { exitWithUsage, parseArguments, wholeNumber } from "./lib/args.mjs";

const USAGE = "Usage: node scripts/serve-static.mjs [dir] [port]";
const { positionals } = parseArguments({ allowPositionals: true }, USAGE);
if (positionals.length > 2) {
  exitWithUsage(`Give a folder and a port at most (got ${positionals.length} arguments).`, USAGE);
}
const root = path.resolve(positionals[0] ?? "out");
/** The folder as messages show it: relative, never the machine's absolute path. */
const shownRoot = path.relative(process.cwd(), root) || ".";
const port = wholeNumber(positionals[1] ?? process.env.PORT ?? "3000", {
  name: "The port",
  min: 1,
  max: 65535,
  usage: USAGE,
});

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`${shownRoot} has no index.html: run \`SITE_URL=https://… npm run export\` first.`);
  process.exit(1);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

/** `_headers` blocks: a path pattern, then indented `Key: value` lines. */
function readHostHeaders() {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const hostHeaders = readHostHeaders();

const isFile = (file) => existsSync(file) && statSync(file).isFile();

/** The file for a URL path, or null; never outside the root. */
function resolve(urlPath) {
  if (urlPath === "/_headers") return null;
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = path.join(root, path.normalize(decoded).replace(/\/+$/, ""));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

createServer((request, response) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
  const found = resolve(urlPath);
  const file = found ?? path.join(root, "404.html");
  const ext = path.extname(file);
  // Preview images are written without an extension; hosts are told their type in _headers.
  const type = types[ext] ?? (ext === "" ? "image/png" : "application/octet-stream");
  const headers = { "Content-Type": type, "Content-Length": statSync(file).size };
  for (const rule of hostHeaders) {
    if (rule.match.test(urlPath)) for (const [key, value] of rule.headers) headers[key] = value;
  }
  response.writeHead(found ? 200 : 404, headers);
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}).listen(port, () => console.log(`Serving ${shownRoot} on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
