/**
 * `npm run lighthouse -- --bare`: a minimal App Router page (no CSS, no client code of ours),
 * built with the same Next and React as the site, to measure in the same run what the
 * framework alone scores on this machine. It lives inside the project (reports/, gitignored) so
 * that it resolves the project's node_modules the ordinary way.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const layout = `export const metadata = {
  title: "Bare page",
  description: "A minimal App Router page, for comparing Lighthouse scores with the site's.",
};
export default function RootLayout({ children }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif" }}>{children}</body>
    </html>
  );
}
`;

// About as much text as an element page's first screen, in the browser's default font.
const page = `export default function Page() {
  return (
    <main>
      <h1>A bare page</h1>
      <blockquote>
        <p>
          Placeholder text of about the length of a key element's wording in the report, so
          that the largest element on this page is a paragraph of similar size to the one on
          an element page, set in the same system fonts the site uses.
        </p>
      </blockquote>
      <p>This page exists only to compare Lighthouse scores with the framework alone.</p>
    </main>
  );
}
`;

const robots = "User-agent: *\nAllow: /\n";

/** Writes and builds the bare app; returns its folder. Throws when the build fails. */
export function buildBareApp(root: string): string {
  const dir = path.join(root, "reports", "lighthouse", "bare-app");
  mkdirSync(path.join(dir, "app"), { recursive: true });
  mkdirSync(path.join(dir, "public"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "private": true }\n');
  // Its own (empty) config, or Next finds the site's one further up.
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(path.join(dir, "app", "layout.jsx"), layout);
  writeFileSync(path.join(dir, "app", "page.jsx"), page);
  writeFileSync(path.join(dir, "public", "robots.txt"), robots);
  const build = spawnSync(process.execPath, [nextBin(root), "build", dir], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    throw new Error(`The bare page did not build:\n${build.stdout}${build.stderr}`);
  }
  return dir;
}

export function nextBin(root: string): string {
  return createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
}
