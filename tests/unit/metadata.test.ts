import { describe, expect, it } from "vitest";
import { absoluteUrl, pageMetadata } from "@/lib/seo/metadata";

const ORIGIN = "https://example.org";

describe("page metadata", () => {
  const meta = pageMetadata(
    {
      title: "Workforce",
      description: "About the workforce.",
      path: "/elements/workforce",
      type: "article",
    },
    ORIGIN,
  );

  it("puts the canonical URL and og:url on the site's origin", () => {
    expect(meta.alternates?.canonical).toBe("https://example.org/elements/workforce");
    expect(meta.openGraph).toMatchObject({
      url: "https://example.org/elements/workforce",
      type: "article",
    });
  });

  it("gives Open Graph and a large-image Twitter card the page's title and description", () => {
    expect(meta.title).toBe("Workforce");
    expect(meta.description).toBe("About the workforce.");
    expect(meta.openGraph).toMatchObject({
      title: "Workforce",
      description: "About the workforce.",
      locale: "en_GB",
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: "Workforce" });
  });

  it("uses an absolute title when asked, and a website type by default", () => {
    const home = pageMetadata(
      { title: "Home", description: "d", path: "/", absoluteTitle: true },
      ORIGIN,
    );
    expect(home.title).toEqual({ absolute: "Home" });
    expect(home.openGraph).toMatchObject({ type: "website", url: "https://example.org/" });
  });

  it("refuses a path that is not a site path", () => {
    expect(() => absoluteUrl("elements", ORIGIN)).toThrow(/must start with \//);
    expect(() =>
      pageMetadata({ title: "t", description: "d", path: "https://x.org/a" }, ORIGIN),
    ).toThrow();
  });
});

describe("preview images in metadata", () => {
  it("names the default image on a page without its own", () => {
    const meta = pageMetadata({ title: "t", description: "d", path: "/about" }, ORIGIN);
    expect(meta.openGraph?.images).toEqual([
      expect.objectContaining({ url: "/opengraph-image", width: 1200, height: 630 }),
    ]);
    expect(meta.twitter?.images).toEqual(meta.openGraph?.images);
  });

  it("names a page's own opengraph-image file, with alt text that says what it shows", () => {
    const meta = pageMetadata(
      {
        title: "t",
        description: "d",
        path: "/elements/a",
        ownImage: true,
        imageAlt: "Key element 1 of 8: A",
      },
      ORIGIN,
    );
    expect(meta.openGraph?.images).toEqual([
      {
        url: "/elements/a/opengraph-image",
        width: 1200,
        height: 630,
        type: "image/png",
        alt: "Key element 1 of 8: A",
      },
    ]);
    expect(meta.twitter?.images).toEqual(meta.openGraph?.images);
    const untitled = pageMetadata(
      { title: "t", description: "d", path: "/elements/a", ownImage: true },
      ORIGIN,
    );
    expect(untitled.openGraph?.images).toEqual([expect.objectContaining({ alt: "t" })]);
  });
});
