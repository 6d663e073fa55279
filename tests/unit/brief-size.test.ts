import { describe, expect, it } from "vitest";
import { pagesLoadingBrief } from "../../scripts/bench/brief-chunks";

const docx = { name: "Word (docx)" as const, src: "/_next/static/chunks/docx.js" };
const view = { name: "brief page" as const, src: "/_next/static/chunks/view.js" };

describe("the size check for the brief", () => {
  it("allows the brief's code on /brief only, and the Word library on no page", () => {
    const pages = [
      { route: "/brief", scripts: ["/_next/static/chunks/view.js"] },
      { route: "/quotes", scripts: ["/_next/static/chunks/shared.js"] },
    ];
    expect(pagesLoadingBrief(pages, [docx, view])).toEqual([]);
    expect(
      pagesLoadingBrief(
        [
          { route: "/brief", scripts: [docx.src, view.src] },
          { route: "/", scripts: [view.src] },
        ],
        [docx, view],
      ),
    ).toEqual(["/brief: Word (docx)", "/: brief page"]);
  });
});
