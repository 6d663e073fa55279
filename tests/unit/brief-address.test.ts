import { describe, expect, it } from "vitest";
import {
  BRIEF_MAX_ITEMS,
  BRIEF_MAX_TITLE,
  moveItem,
  parseBriefQuery,
  resolveKeys,
  sanitizeBrief,
  serializeBriefQuery,
  type BriefKey,
} from "@/lib/brief/address";
import { STORE_MAX_ITEMS } from "@/lib/brief/store";

describe("a brief in its address", () => {
  it("reads items in order, with title and note, and writes the same address back", () => {
    const query =
      "?items=q:burns-urgent-action,e:workforce,f:structures-not-enough&title=For%20the%20minister&note=Line%201%0ALine%202";
    const parsed = parseBriefQuery(query);
    expect(parsed.items).toEqual([
      "q:burns-urgent-action",
      "e:workforce",
      "f:structures-not-enough",
    ]);
    expect(parsed.title).toBe("For the minister");
    expect(parsed.note).toBe("Line 1\nLine 2");
    expect(parsed.malformed).toEqual([]);
    expect(parsed.present).toBe(true);
    expect(serializeBriefQuery(parsed)).toBe(query);
    expect(parseBriefQuery(serializeBriefQuery(parsed))).toEqual(parsed);
  });

  it("keeps commas and ampersands in a title from breaking the list", () => {
    const brief = { items: ["e:workforce"] as BriefKey[], title: "A, b & c?", note: "x=1&y" };
    const parsed = parseBriefQuery(serializeBriefQuery(brief));
    expect(parsed.items).toEqual(["e:workforce"]);
    expect(parsed.title).toBe("A, b & c?");
    expect(parsed.note).toBe("x=1&y");
  });

  it("names malformed entries and skips them, never throws", () => {
    const parsed = parseBriefQuery(
      "items=q:ok-one,,nonsense,x:workforce,e:,E:Workforce,q:bad id,q:ok-one,f:%3Cscript%3E",
    );
    expect(parsed.items).toEqual(["q:ok-one"]);
    expect(parsed.malformed).toEqual([
      "nonsense",
      "x:workforce",
      "e:",
      "E:Workforce",
      "q:bad id",
      "f:<script>",
    ]);
    expect(() => parseBriefQuery("items=%E0%A4%A")).not.toThrow();
  });

  it("says when there is no brief in the address", () => {
    expect(parseBriefQuery("").present).toBe(false);
    expect(parseBriefQuery("?q=poverty").present).toBe(false);
    expect(parseBriefQuery("?items=").present).toBe(true);
  });

  it("caps a long list and says how many were left out", () => {
    const keys = Array.from({ length: 73 }, (_, i) => `q:quote-${i}`);
    const parsed = parseBriefQuery(`items=${keys.join(",")}`);
    expect(parsed.items).toHaveLength(BRIEF_MAX_ITEMS);
    expect(parsed.items[0]).toBe("q:quote-0");
    expect(parsed.items.at(-1)).toBe(`q:quote-${BRIEF_MAX_ITEMS - 1}`);
    expect(parsed.dropped).toBe(73 - BRIEF_MAX_ITEMS);
    expect(parseBriefQuery(`items=${keys.slice(0, 50).join(",")}`).dropped).toBe(0);
  });

  it("cuts an over-long title", () => {
    const parsed = parseBriefQuery(`items=e:a&title=${"x".repeat(500)}`);
    expect(parsed.title).toHaveLength(BRIEF_MAX_TITLE);
  });

  it("names unknown items and keeps the known ones in order", () => {
    const known = new Map([
      ["e:workforce", "Workforce"],
      ["q:a", "A"],
    ]);
    const { found, unknown } = resolveKeys(
      ["q:a", "q:nobody-said-this", "e:workforce"] as BriefKey[],
      (key) => known.get(key),
    );
    expect(found).toEqual(["A", "Workforce"]);
    expect(unknown).toEqual(["q:nobody-said-this"]);
  });
});

describe("the stored brief", () => {
  it("is made safe whatever storage held", () => {
    expect(sanitizeBrief(null)).toEqual({ items: [], title: "", note: "" });
    expect(sanitizeBrief("x")).toEqual({ items: [], title: "", note: "" });
    expect(sanitizeBrief({ items: ["e:a", 3, "bad", "e:a", "q:b"], title: 7, note: "n" })).toEqual({
      items: ["e:a", "q:b"],
      title: "",
      note: "n",
    });
  });

  it("holds the same number of items as an address", () => {
    expect(STORE_MAX_ITEMS).toBe(BRIEF_MAX_ITEMS);
  });

  it("moves items up and down, and not past either end", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
