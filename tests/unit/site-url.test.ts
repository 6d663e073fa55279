import { describe, expect, it } from "vitest";
import { resolveSiteUrl, siteUrlNotice } from "@/lib/site-url";

describe("SITE_URL", () => {
  it("is used as the origin, without a trailing slash", () => {
    expect(resolveSiteUrl({ SITE_URL: "https://example.org/" })).toEqual({
      url: "https://example.org",
      fromEnv: true,
    });
  });

  it("falls back to localhost on PORT (or 3000) and says so in one line", () => {
    const fallback = resolveSiteUrl({ PORT: "4000" });
    expect(fallback).toEqual({ url: "http://localhost:4000", fromEnv: false });
    expect(resolveSiteUrl({}).url).toBe("http://localhost:3000");
    const notice = siteUrlNotice(fallback);
    expect(notice).toContain("http://localhost:4000");
    expect(notice).not.toContain("\n");
    expect(siteUrlNotice(resolveSiteUrl({ SITE_URL: "https://example.org" }))).toBeNull();
  });

  it.each([
    "example.org",
    "ftp://example.org",
    "https://example.org/report",
    "https://example.org/?a=1",
  ])("refuses %s with a message saying how to set it", (value) => {
    expect(() => resolveSiteUrl({ SITE_URL: value })).toThrow(/SITE_URL.*Set SITE_URL/);
  });
});
