import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BROWSER_ALLOWANCE_KB,
  CONTENT_ALLOWANCE_KB,
  budgetFor,
  formatBudgetTable,
  judgePages,
  scriptSources,
} from "@/scripts/bench/pages";
import { linksIndex, pagesLoadingSearch } from "@/scripts/bench/search-chunks";

describe("JavaScript budgets", () => {
  it("allows content pages 15 KB and the two browsers 25 KB over the floor", () => {
    expect(CONTENT_ALLOWANCE_KB).toBe(15);
    expect(BROWSER_ALLOWANCE_KB).toBe(25);
    expect(budgetFor("/", 170)).toBe(185);
    expect(budgetFor("/elements/workforce", 172.5)).toBe(187.5);
    expect(budgetFor("/quotes", 170)).toBe(195);
    expect(budgetFor("/findings", 170)).toBe(195);
    expect(budgetFor("/quotes/page/2", 170)).toBe(195);
    expect(budgetFor("/quotes/some-quote", 170)).toBe(185);
    // A page under a browser is a content page.
    expect(budgetFor("/quotes/burns-biggest-impact", 170)).toBe(185);
    expect(budgetFor("/findings/workforce-working-hard", 170)).toBe(185);
  });

  it("passes a page at its budget and fails one a little over it", () => {
    const rows = judgePages(
      [
        { route: "/", jsKb: 185 },
        { route: "/about", jsKb: 185.1 },
        { route: "/quotes", jsKb: 194 },
        { route: "/findings", jsKb: 196 },
      ],
      170,
    );
    expect(rows.map((row) => [row.route, row.ok])).toEqual([
      ["/", true],
      ["/about", false],
      ["/quotes", true],
      ["/findings", false],
    ]);
    expect(rows[1]?.overFloorKb).toBeCloseTo(15.1);
    expect(rows[2]?.budgetKb).toBe(195);
  });

  it("prints one line per route and marks the ones over budget", () => {
    const table = formatBudgetTable(
      judgePages(
        [
          { route: "/", jsKb: 180.04 },
          { route: "/quotes", jsKb: 200 },
        ],
        170,
      ),
    );
    const lines = table.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/route\s+JS KB gzip\s+over floor\s+budget\s+status/);
    expect(lines[1]).toMatch(/^\/\s+180\.0\s+\+10\.0\s+185\.0\s+ok$/);
    expect(lines[2]).toMatch(/^\/quotes\s+200\.0\s+\+30\.0\s+195\.0\s+OVER BUDGET$/);
  });
});

describe("what a page loads at first", () => {
  it("lists each script address once, in order, and ignores inline scripts", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script>self.x=1</script>' +
      '<script src="/_next/static/chunks/b.js"></script><script src="/_next/static/chunks/a.js"></script>';
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });

  it("notices a link that would fetch the search index with the page", () => {
    expect(linksIndex('<link rel="preload" href="/search-index.json" as="fetch"/>')).toBe(true);
    expect(linksIndex('<link rel="stylesheet" href="/_next/static/a.css"/>')).toBe(false);
    // The address as text (say, in the page's data) fetches nothing.
    expect(linksIndex('<script>self.__next_f.push([1,"/search-index.json"])</script>')).toBe(false);
  });

  it("lets only the search page fetch the index with the page", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "size-"));
    const app = path.join(dir, "server", "app");
    mkdirSync(app, { recursive: true });
    const preload = '<link rel="preload" href="/search-index.json" as="fetch"/>';
    writeFileSync(path.join(app, "search.html"), preload);
    writeFileSync(path.join(app, "about.html"), preload);
    writeFileSync(path.join(app, "index.html"), "<p>home</p>");
    const pages = ["/search", "/about", "/"].map((route) => ({ route, scripts: [] }));
    expect(pagesLoadingSearch(pages, [], dir)).toEqual(["/about"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
