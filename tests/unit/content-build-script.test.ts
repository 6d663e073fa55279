import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ContentBundle } from "@/lib/content/load";
import { BUILD_SCRIPT_TIMEOUT, buildFixture, removeTempDirs } from "./helpers/fixture";

const TIMEOUT = BUILD_SCRIPT_TIMEOUT;

afterAll(removeTempDirs);

describe("scripts/build-content.ts", () => {
  it(
    "writes .generated/content.json with the whole bundle and exits 0 for valid content",
    async () => {
      const { cwd, status, stdout, stderr } = await buildFixture();
      expect(stderr).toBe("");
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Content checked and compiled in \d+ ms: 8 elements, 2 findings/);

      const file = path.join(cwd, ".generated", "content.json");
      expect(fs.existsSync(file)).toBe(true);
      const written = JSON.parse(fs.readFileSync(file, "utf8")) as ContentBundle;
      expect(written.elements).toHaveLength(8);
      expect(written.elements[0]?.slug).toBe("one");
      expect(written.elements[0]?.body.headings[0]?.id).toBe("what-the-report-found");
      expect(written.quotes).toHaveLength(2);
    },
    TIMEOUT,
  );

  it(
    "exits 1 and names the file and field when a field is missing",
    async () => {
      const { cwd, status, stderr } = await buildFixture("missing-field");
      expect(status).toBe(1);
      expect(stderr).toContain("Content is invalid (1 problem):");
      expect(stderr).toContain(
        'content/elements/four.mdx: field "reportWording": is required but missing (expected string)',
      );
      expect(fs.existsSync(path.join(cwd, ".generated", "content.json"))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "exits 1 with every problem and no stack trace when references are broken",
    async () => {
      const { status, stderr } = await buildFixture("one-way-related", "unknown-speaker");
      expect(status).toBe(1);
      expect(stderr).toContain('content/elements/seven.mdx: field "related[0]"');
      expect(stderr).toContain(
        'content/quotes/a-second-quote.yaml: field "speaker": no speaker has the slug "nobody"',
      );
      expect(stderr).not.toMatch(/^\s*at /m);
      expect(stderr).not.toContain("ZodError");
      expect(stderr).not.toContain("ContentError:");
    },
    TIMEOUT,
  );

  it(
    "exits 1 and names the file for a broken link",
    async () => {
      const { status, stdout, stderr } = await buildFixture("broken-link");
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        'content/elements/three.mdx: links to "/no-such-page", but the site has no page at "/no-such-page"',
      );
      expect(stderr).not.toMatch(/^\s*at /m);
    },
    TIMEOUT,
  );
});
