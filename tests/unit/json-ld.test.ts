import { describe, expect, it } from "vitest";
import type { QuoteView } from "@/lib/content/quote-view";
import {
  breadcrumbJsonLd,
  celcisOrganization,
  quotationJsonLd,
  reportJsonLd,
  serializeJsonLd,
} from "@/lib/seo/json-ld";

const ORIGIN = "https://example.org";

describe("JSON-LD", () => {
  it("describes the report with CELCIS as author and publisher", () => {
    const org = celcisOrganization("CELCIS", "CELCIS (Centre)", "University of Strathclyde");
    const data = reportJsonLd({
      title: "R",
      published: "2023-12-13",
      organisation: org,
      page: `${ORIGIN}/about`,
    });
    expect(data).toMatchObject({
      "@type": "Report",
      datePublished: "2023-12-13",
      author: { "@type": "Organization", name: "CELCIS" },
      publisher: { "@type": "Organization", name: "CELCIS" },
    });
  });

  it("describes a quote as a Quotation with its creator", () => {
    const quote: QuoteView = {
      id: "q",
      text: "Words.",
      position: 1,
      tags: [],
      speaker: {
        slug: "jo",
        name: "Dr Jo Bloggs",
        shortName: "Jo Bloggs",
        role: "Head",
        organisation: "Org",
      },
      source: {
        slug: "s",
        title: "News",
        publisher: "CELCIS",
        url: "https://x.org/n",
        kind: "news-release",
      },
      elements: [],
      permalink: "/quotes/q",
      inContext: "/speakers/jo#q",
      statement: { index: 1, count: 1 },
    };
    expect(quotationJsonLd(quote, ORIGIN)).toMatchObject({
      "@type": "Quotation",
      text: "Words.",
      url: "https://example.org/quotes/q",
      creator: { "@type": "Person", name: "Dr Jo Bloggs", jobTitle: "Head" },
    });
  });

  it("numbers breadcrumbs from 1 with absolute URLs", () => {
    const data = breadcrumbJsonLd(
      [
        { name: "Home", path: "/" },
        { name: "A", path: "/a" },
      ],
      ORIGIN,
    );
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/" },
      { "@type": "ListItem", position: 2, name: "A", item: "https://example.org/a" },
    ]);
  });

  it("cannot be broken out of its script element by the content", () => {
    const json = serializeJsonLd({ text: "</script><script>alert(1)</script> & \u2028" });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script> & \u2028" });
  });
});
