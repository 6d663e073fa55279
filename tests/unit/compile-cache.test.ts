import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheKey, compileCached, mapLimit } from "@/lib/content/compile-cache";
import { compileMdx } from "@/lib/content/compile";
import { makeTempDir, removeTempDirs } from "./helpers/fixture";

afterAll(removeTempDirs);

describe("the compile cache", () => {
  it("compiles a body once, then reads the same result from disk", async () => {
    const dir = await makeTempDir("mdx-cache-");
    let compiles = 0;
    const counting = async (source: string) => {
      compiles += 1;
      return compileMdx(source);
    };
    const first = await compileCached("## A heading\n\nSome text.", counting, dir);
    const second = await compileCached("## A heading\n\nSome text.", counting, dir);
    expect(compiles).toBe(1);
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    expect(second.body).toEqual(first.body);
    expect(await fs.readdir(dir)).toHaveLength(1);
  });

  it("keys by content: any change to the source is compiled afresh", () => {
    expect(cacheKey("text")).toBe(cacheKey("text"));
    expect(cacheKey("text")).not.toBe(cacheKey("text."));
  });

  it("compiles again when an entry on disk is damaged", async () => {
    const dir = await makeTempDir("mdx-cache-");
    const source = "Plain words.";
    await fs.writeFile(path.join(dir, `${cacheKey(source)}.json`), "{ not json");
    const result = await compileCached(source, compileMdx, dir);
    expect(result.fromCache).toBe(false);
    expect(result.body.text).toBe("Plain words.");
  });
});

describe("mapLimit", () => {
  it("keeps the order of its input and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
