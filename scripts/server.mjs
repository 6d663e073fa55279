// The production server that `npm start` runs: Next's own request handler behind one guard.
// Next 16.4.6 answers a path with malformed percent-encoding in a dynamic segment
// (`/elements/%ZZ`) with a bare "Internal Server Error" (vercel/next.js#92527). Such a path names
// no page, so it gets the site's own 404 page here, with the site's headers, as the static
// export's hosts answer it. Everything else goes to Next unchanged: pages still come from its
// prerender cache.
//
// Every page is fixed for the life of a build, so the build's id is a valid validator for all of
// them: the server sends it as each response's ETag and answers a matching If-None-Match with 304
// at once (next.config.ts turns off Next's own ETags, which hash every page on every request).
// Files under /_next/ keep the validators Next gives them.
//
// Usage: node scripts/server.mjs <port>. Stops cleanly on SIGINT or SIGTERM, exiting 130 or 143
// as `next start` does.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { exitWithUsage, parseArguments, wholeNumber } from "./lib/args.mjs";

const USAGE = "Usage: node scripts/server.mjs [port]";
const { positionals } = parseArguments({ allowPositionals: true }, USAGE);
if (positionals.length > 1) {
  exitWithUsage(`Give one port at most (got ${positionals.length}).`, USAGE);
}
const port = wholeNumber(positionals[0] ?? process.env.PORT ?? "3000", {
  name: "The port",
  min: 1,
  max: 65535,
  usage: USAGE,
});
const dir = process.cwd();
const distDir = path.join(dir, ".next");

/**
 * The headers next.config.ts sets, as the build recorded them: one rule for the embed cards and
 * one for every other path (lib/security-headers.ts). Returns those for a request's path.
 */
function siteHeaders() {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  const rules = (manifest.headers ?? []).map((rule) => ({
    match: new RegExp(rule.regex),
    headers: Object.fromEntries(rule.headers.map(({ key, value }) => [key, value])),
  }));
  return (url = "/") => rules.find((rule) => rule.match.test(url.split("?")[0] ?? "/"))?.headers;
}

function isMalformedPath(url = "/") {
  const pathname = url.split("?")[0] ?? "/";
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const etag = `W/"${readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim()}"`;
const notFoundPage = readFileSync(path.join(distDir, "server", "app", "_not-found.html"));
const headersFor = siteHeaders();
const app = next({ dev: false, dir, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  if (isMalformedPath(request.url)) {
    response.writeHead(404, {
      ...headersFor(request.url),
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": notFoundPage.length,
      "Cache-Control": "no-store",
    });
    response.end(request.method === "HEAD" ? undefined : notFoundPage);
    return;
  }
  const readOnly = request.method === "GET" || request.method === "HEAD";
  if (readOnly && !request.url?.startsWith("/_next/")) {
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { ...headersFor(request.url), ETag: etag }).end();
      return;
    }
    response.setHeader("ETag", etag);
  }
  void handle(request, response);
});

server.once("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use.` : error.message);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`Serving the site on http://localhost:${port}`);
});

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.on(signal, () => {
    // Finish what is in flight, drop idle keep-alive connections, and do not wait for ever.
    server.close(() => process.exit(code));
    server.closeIdleConnections();
    setTimeout(() => process.exit(code), 5000).unref();
  });
}
