// Serves the production site on http://localhost:3000 (PORT overrides), building it first when
// there is no build yet, so that `npm install && npm start` works on a fresh clone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (args) => {
  const result = spawnSync(npm, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(".next/BUILD_ID")) {
  // The build says in one line when SITE_URL is not set.
  console.log("No production build found: building the site first.");
  run(["run", "build"]);
} else if (!process.env.SITE_URL) {
  run(["exec", "--", "tsx", "scripts/site-url-notice.ts"]);
}
run(["run", "serve", "--", "-p", process.env.PORT ?? "3000"]);
