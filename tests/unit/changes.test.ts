import { afterAll, describe, expect, it } from "vitest";
import { changesAtom } from "@/lib/changes/feed";
import { buildSiteModel } from "@/lib/site-model/model";
import { resolveSitePublisher } from "@/lib/site-publisher";
import { fixtureProblems, loadFixture, removeTempDirs } from "./helpers/fixture";

afterAll(removeTempDirs);

const feedSite = {
  name: "The Site",
  url: "https://site.example",
  changesPath: "/changes",
  feedPath: "/changes.xml",
};

describe("change notes", () => {
  it("are listed per page and site-wide, newest first, with the page's title", async () => {
    const site = buildSiteModel(await loadFixture("change-notes"));
    expect(site.require("/findings/alpha").changes.map((c) => c.date)).toEqual([
      "2026-12-01",
      "2026-10-01",
    ]);
    expect(site.changeLog).toEqual([
      {
        date: "2026-12-01",
        note: "We named the source of the second paragraph.",
        path: "/findings/alpha",
        title: "Finding alpha",
        kind: "finding",
      },
      {
        date: "2026-11-02",
        note: "We said more plainly what the site is for.",
        path: "/",
        title: "Home",
        kind: "home",
      },
      {
        date: "2026-10-01",
        note: "We corrected who said the words in the first paragraph.",
        path: "/findings/alpha",
        title: "Finding alpha",
        kind: "finding",
      },
    ]);
  });

  it("are none for content that records none", async () => {
    expect(buildSiteModel(await loadFixture("valid")).changeLog).toEqual([]);
  });

  it("kept outside a content file must name a page the site has", async () => {
    expect(await fixtureProblems("change-unknown-path")).toEqual([
      {
        file: "changes/nowhere.yaml",
        field: "path",
        message: 'the site has no page at "/no-such-page"',
      },
    ]);
  });

  it("for a page with its own content file belong in that file", async () => {
    const [problem, ...rest] = await fixtureProblems("change-own-file");
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "changes/alpha.yaml", field: "path" });
    expect(problem?.message).toMatch(/has its own content file.*`changes` field/);
  });
});

describe("the Atom feed of changes", () => {
  it("has one entry per note with a stable id, the page's link and the note", async () => {
    const xml = changesAtom(buildSiteModel(await loadFixture("change-notes")).changeLog, feedSite);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml).toContain("<id>https://site.example/changes</id>");
    expect(xml).toContain("<updated>2026-12-01T00:00:00.000Z</updated>");
    expect(xml).toContain('<link rel="self" href="https://site.example/changes.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain("<id>https://site.example/changes#2026-11-02/home/1</id>");
    expect(xml).toContain('<link href="https://site.example/findings/alpha"/>');
    expect(xml).toContain("We named the source of the second paragraph.");
    expect(xml).toContain("<name>The Site</name>");
  });

  it("escapes what it carries", () => {
    const xml = changesAtom(
      [{ date: "2026-12-01", note: "A & B <i>", path: "/", title: "Home", kind: "home" }],
      {
        ...feedSite,
        publisher: "Us & Co",
      },
    );
    // Summaries are HTML in the feed: a plain-text note's "<" must not become markup.
    expect(xml).not.toContain("A & B <i>");
    expect(xml).toContain("A &amp; B &lt;i&gt;");
    expect(xml).toMatch(/Us &amp; Co|<!\[CDATA\[Us & Co\]\]>/);
  });
});

describe("the site's publisher, from deployment settings", () => {
  it("is unset without the settings", () => {
    expect(resolveSitePublisher({})).toEqual({});
    expect(resolveSitePublisher({ SITE_PUBLISHER_NAME: "  " })).toEqual({});
  });

  it("takes a name and an email or web address to contact", () => {
    expect(
      resolveSitePublisher({
        SITE_PUBLISHER_NAME: "A Body",
        SITE_PUBLISHER_CONTACT: "access@example.org",
      }),
    ).toEqual({
      name: "A Body",
      contact: { href: "mailto:access@example.org", label: "access@example.org" },
    });
    expect(resolveSitePublisher({ SITE_PUBLISHER_CONTACT: "https://example.org/contact" })).toEqual(
      { contact: { href: "https://example.org/contact", label: "https://example.org/contact" } },
    );
  });

  it.each(["call us", "ftp://example.org", "javascript:alert(1)"])(
    "refuses the contact %s with a message saying what it takes",
    (value) => {
      expect(() => resolveSitePublisher({ SITE_PUBLISHER_CONTACT: value })).toThrow(
        /SITE_PUBLISHER_CONTACT.*email address/,
      );
    },
  );
});
