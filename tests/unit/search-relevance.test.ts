import { describe, expect, it } from "vitest";
import { rankedAddresses, realSearch, shownResults } from "../search-relevance/engine";
import { categories, droppedWords, foldWord, readJudgedSet } from "../search-relevance/judged-set";
import {
  SUCCESS_AT_3_TARGET,
  evaluate,
  ndcgAt,
  reciprocalRank,
  successAt,
} from "../search-relevance/metrics";

const set = readJudgedSet();
const engine = realSearch();

describe("the judged query set", () => {
  it("holds at least 60 queries, with every kind of query represented", () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    const counts = new Map(categories.map((c) => [c, 0]));
    for (const q of set.queries) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
    const thin = categories.filter((category) => (counts.get(category) ?? 0) < 3);
    expect(thin).toEqual([]);
  });

  it("expects only pages and sections the site model has", () => {
    const missing = set.queries.flatMap(({ query, expect: grades }) =>
      Object.keys(grades).flatMap((address) => {
        const [path = "", anchor] = address.split("#");
        const page = engine.model.page(path);
        if (!page) return [{ query, address, problem: "no such page" }];
        if (anchor === undefined || page.anchors?.has(anchor)) return [];
        return [{ query, address, problem: "no such section on the page" }];
      }),
    );
    expect(missing).toEqual([]);
  });

  it("drops stop words outside quotation marks, and only when other words remain", () => {
    const stop = set.stopWords;
    expect(droppedWords("What does this mean for young people?", stop).sort()).toEqual(
      ["does", "for", "this", "what"].sort(),
    );
    expect(droppedWords('"if, and only if"', stop)).toEqual([]);
    expect(droppedWords('the "equal partner"', stop)).toEqual(["the"]);
    expect(droppedWords('the "state of the art"', stop)).toEqual([]);
    expect(droppedWords("what is this", stop)).toEqual([]);
    expect(foldWord("Scotland’s Ártículo")).toBe("scotland's articulo");
  });
});

describe("the relevance figures", () => {
  const grades = { "/a": 2, "/b": 1 } as const;

  it("counts a graded result within the first k, and a repeated address only once", () => {
    expect(successAt(1, ["/x", "/b"], grades)).toBe(0);
    expect(successAt(3, ["/x", "/b"], grades)).toBe(1);
    expect(successAt(3, ["/x", "/y", "/z", "/a"], grades)).toBe(0);
    expect(ndcgAt(5, ["/a", "/a"], grades)).toBeCloseTo(3 / (3 + 1 / Math.log2(3)));
  });

  it("takes the reciprocal of the first graded rank, within the first 10", () => {
    expect(reciprocalRank(["/x", "/y", "/b", "/a"], grades)).toBeCloseTo(1 / 3);
    expect(reciprocalRank([...Array.from({ length: 10 }, (_, i) => `/n${i}`), "/a"], grades)).toBe(
      0,
    );
  });

  it("scores nDCG against the best order of the judged grades", () => {
    expect(ndcgAt(5, ["/a", "/b"], grades)).toBe(1);
    expect(ndcgAt(5, [], grades)).toBe(0);
    // Reversed: (1 + 3 / log2 3) / (3 + 1 / log2 3).
    expect(ndcgAt(5, ["/b", "/a"], grades)).toBeCloseTo(
      (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)),
    );
  });

  it("leaves no-answer queries out of the means", () => {
    const evaluation = evaluate(
      [
        { query: "q", category: "topic", expect: { "/a": 2 } },
        { query: "none", category: "no-answer", expect: {} },
      ],
      (query) => (query === "q" ? ["/a"] : ["/z"]),
    );
    expect(evaluation.all).toEqual({ queries: 1, success1: 1, success3: 1, mrr: 1, ndcg5: 1 });
    expect(evaluation.noAnswer).toEqual([{ query: "none", results: 1 }]);
  });
});

describe("search over the judged set", () => {
  it(`finds a graded result in the first 3 for at least ${SUCCESS_AT_3_TARGET} of the queries`, () => {
    const { all, missesAt3 } = evaluate(set.queries, (query) => rankedAddresses(engine, query));
    const misses = missesAt3.map((r) => `${r.query} → ${r.ranked.slice(0, 3).join(", ")}`);
    expect(all.success3, `misses at 3:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(
      SUCCESS_AT_3_TARGET,
    );
  });

  it("never highlights a word the query drops", () => {
    // One line per query and dropped word: how many results mark it, and the first that does.
    const highlighted = set.queries.flatMap(({ query }) => {
      const dropped = droppedWords(query, set.stopWords);
      const marking = new Map<string, string[]>();
      for (const { url, parts } of shownResults(engine, query)) {
        for (const part of parts.filter((p) => p.mark)) {
          const folded = foldWord(part.text);
          // The word whole ("what's" as "whats") and each of its parts ("what", "s").
          const forms = [
            folded.replace(/[^\p{L}\p{N}]/gu, ""),
            ...(folded.match(/[\p{L}\p{N}]+/gu) ?? []),
          ];
          for (const word of dropped.filter((d) => forms.includes(d))) {
            marking.set(word, [...(marking.get(word) ?? []), url]);
          }
        }
      }
      return [...marking].map(([word, urls]) => {
        const results = new Set(urls).size;
        return `"${query}": "${word}" marked in ${results} results, first in ${urls[0]}`;
      });
    });
    expect(highlighted).toEqual([]);
  });
});
