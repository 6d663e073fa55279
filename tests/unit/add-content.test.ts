import fs from "node:fs/promises";
import path from "node:path";
import * as flexsearch from "flexsearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContentApi } from "@/lib/content/content-api";
import type { ContentApi } from "@/lib/content/content-api";
import type { ContentBundle } from "@/lib/content/types";
import { findingRecords, quoteRecords } from "@/lib/data/open-data";
import { buildSearchIndexFile } from "@/lib/search/build";
import { loadSearchIndex } from "@/lib/search/load";
import { search } from "@/lib/search/query";
import { buildSearchRecords } from "@/lib/search/records";
import { buildContent } from "@/lib/site-model/build";
import type { SiteModel } from "@/lib/site-model/model";
import { buildSiteModel } from "@/lib/site-model/model";
import {
  homePageProps,
  listProps,
  quotesPageProps,
  speakerPageProps,
} from "@/lib/site-model/props";
import { makeTempDir, PROJECT_ROOT, removeTempDirs } from "./helpers/fixture";

/**
 * Adding content is one file each: a copy of the real content with one new speaker, one quote
 * by them, one finding and one source, and no code changed, must show all four everywhere the
 * site lists such things.
 */
const NEW = {
  speaker: "sam-example",
  quote: "example-new-quote",
  finding: "example-new-finding",
  source: "example-new-source",
};
const SOURCE_URL = "https://example.org/a-new-source";

let bundle: ContentBundle;
let api: ContentApi;
let model: SiteModel;

beforeAll(async () => {
  const dir = await makeTempDir("add-content-");
  await fs.cp(path.join(PROJECT_ROOT, "content"), dir, { recursive: true });
  await fs.writeFile(
    path.join(dir, "sources", `${NEW.source}.yaml`),
    `slug: ${NEW.source}\ntitle: A new source\npublisher: Example Body\ndate: "2024-01-02"\nurl: ${SOURCE_URL}\nkind: web-page\n`,
  );
  await fs.writeFile(
    path.join(dir, "speakers", `${NEW.speaker}.yaml`),
    `slug: ${NEW.speaker}\nname: Sam Example\nrole: Researcher\norganisation: Example Body\nbio: Sam Example spoke about the study.\nsources: [${NEW.source}]\n`,
  );
  await fs.writeFile(
    path.join(dir, "quotes", `${NEW.quote}.yaml`),
    `id: ${NEW.quote}\nspeaker: ${NEW.speaker}\ntext: Zanzibarish words about the workforce.\nposition: 1\nsource: ${NEW.source}\nelements: [workforce]\n`,
  );
  await fs.writeFile(
    path.join(dir, "findings", `${NEW.finding}.mdx`),
    `---\nslug: ${NEW.finding}\ntitle: A quizzical new finding\nkind: context\norder: 999\nsummary: A summary of the new finding.\nelements: [workforce]\nsources: [${NEW.source}]\n---\n\nThe body of the new finding, which links to [the workforce](/elements/workforce).\n`,
  );
  bundle = await buildContent(dir, { displayRoot: dir });
  api = createContentApi(bundle);
  model = buildSiteModel(bundle);
});
afterAll(removeTempDirs);

describe("one new speaker, quote, finding and source, and no code changed", () => {
  it("each has its page, in the sitemap's list, with a preview image for the quote", () => {
    const paths = model.pages.map((p) => p.path);
    expect(paths).toContain(`/speakers/${NEW.speaker}`);
    expect(paths).toContain(`/quotes/${NEW.quote}`);
    expect(paths).toContain(`/findings/${NEW.finding}`);
    expect(model.require(`/quotes/${NEW.quote}`)).toMatchObject({ ownImage: true, kind: "quote" });
    expect(model.keysOf("quote", "id")).toContainEqual({ id: NEW.quote });
    expect(model.keysOf("speaker", "slug")).toContainEqual({ slug: NEW.speaker });
    expect(model.breadcrumbs(`/speakers/${NEW.speaker}`).map((b) => b.path)).toEqual([
      "/",
      "/speakers",
      `/speakers/${NEW.speaker}`,
    ]);
  });

  it("appears in the lists, with its count, and the speaker's page lists their quote", () => {
    const lists = listProps(api);
    expect(lists.speakers.find((s) => s.slug === NEW.speaker)).toMatchObject({ count: 1 });
    expect(lists.findings.map((f) => f.slug)).toContain(NEW.finding);
    expect(lists.sources.map((s) => s.slug)).toContain(NEW.source);
    expect(speakerPageProps(api, model, NEW.speaker)?.quotes.map((q) => q.id)).toEqual([NEW.quote]);
    const quotes = quotesPageProps(api, model, 1);
    expect(quotes?.total).toBe(22);
    expect(quotes?.speakers.find((s) => s.slug === NEW.speaker)?.count).toBe(1);
    expect(quotes?.elements.find((e) => e.slug === "workforce")?.count).toBe(
      api.getQuoteViews({ element: "workforce" }).length,
    );
  });

  it("is counted in the who-said-what table, with a link to exactly that quote", () => {
    const home = homePageProps(api, model);
    const row = home.speakers.findIndex((s) => s.slug === NEW.speaker);
    const column = home.elements.findIndex((e) => e.slug === "workforce");
    expect(row).toBeGreaterThanOrEqual(0);
    expect(home.whoSaidWhat[row]?.[column]).toEqual({
      count: 1,
      href: `/quotes?speaker=${NEW.speaker}&element=workforce`,
    });
  });

  it("is found by search, and filtered by speaker there", () => {
    const records = buildSearchRecords(api, model.pages);
    const index = loadSearchIndex(
      flexsearch,
      JSON.parse(JSON.stringify(buildSearchIndexFile(flexsearch, records))),
    );
    const urls = (query: string, filters = {}) =>
      search(index, query, filters).map((hit) => hit.record.url);
    expect(urls("zanzibarish")).toContain(`/quotes/${NEW.quote}`);
    expect(urls("quizzical")).toContain(`/findings/${NEW.finding}`);
    expect(urls("Sam Example")).toContain(`/speakers/${NEW.speaker}`);
    expect(urls("workforce", { speaker: NEW.speaker })).toEqual([`/quotes/${NEW.quote}`]);
  });

  it("is in the open data, with its source", () => {
    const quote = quoteRecords(api, "https://site.example").find((q) => q.id === NEW.quote);
    expect(quote).toMatchObject({ speaker: "Sam Example", sourceUrl: SOURCE_URL });
    const finding = findingRecords(api, "https://site.example").find((f) => f.slug === NEW.finding);
    expect(finding?.sources.map((s) => s.url)).toEqual([SOURCE_URL]);
  });
});
