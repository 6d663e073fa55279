import type { Metadata } from "next";
import { routes } from "@/lib/content/routes";
import { OEMBED_JSON_TYPE } from "@/lib/embed/frame";
import type { SitePage } from "@/lib/site-model/model";
import { site } from "@/lib/site";

export interface PageMetaInput {
  /** The page's own title; the layout's template adds the site name after it. */
  title: string;
  description: string;
  /** The page's path on the site, from lib/content/routes.ts. */
  path: string;
  /** "article" for a page about one thing (an element, a finding, a quote). */
  type?: "website" | "article";
  /** Use the title as it is, without the site name (the home page). */
  absoluteTitle?: boolean;
  /** The page has its own opengraph-image file beside it (elements, findings, quotes). */
  ownImage?: boolean;
  /** What that image shows, as its alt text. */
  imageAlt?: string;
  /** A site path to an Atom feed of the page, announced for feed readers. */
  atomFeed?: string;
  /** A site path to the page as Markdown (lib/markdown), announced as its text/markdown alternate. */
  markdown?: string;
  /** The page's oEmbed document (lib/embed/oembed.ts) and its title, for a discovery link. */
  oembed?: { path: string; title: string };
}

/** The default preview image (app/opengraph-image.tsx), for pages without their own. */
export const defaultPreviewImage = {
  url: routes.previewImage(),
  width: 1200,
  height: 630,
  type: "image/png",
  alt: site.reportTitle,
};

/** A path on the site as a full URL on the public origin (SITE_URL). */
export function absoluteUrl(path: string, origin: string = site.url): string {
  if (!path.startsWith("/")) throw new Error(`"${path}" is not a site path (it must start with /)`);
  return `${origin}${path}`;
}

/**
 * A page's own image (its opengraph-image file), named here rather than left to Next, which
 * could only give every page of a route the one alt text that file exports.
 */
export const ownPreviewImage = (path: string, alt: string) => ({
  ...defaultPreviewImage,
  url: routes.previewImage(path),
  alt,
});

/**
 * Every page's metadata, built one way: title (through the layout's template), description, the
 * canonical URL on SITE_URL, Open Graph and a large-image Twitter card. A page with its own
 * opengraph-image file names that image, with alt text that says what it shows; every other
 * page names the default one, because Next does not carry a parent's image into a page that
 * sets its own Open Graph.
 */
export function pageMetadata(page: PageMetaInput, origin: string = site.url): Metadata {
  const url = absoluteUrl(page.path, origin);
  const images = {
    images: [
      page.ownImage ? ownPreviewImage(page.path, page.imageAlt ?? page.title) : defaultPreviewImage,
    ],
  };
  const types = {
    ...(page.atomFeed ? { "application/atom+xml": absoluteUrl(page.atomFeed, origin) } : {}),
    ...(page.markdown ? { "text/markdown": absoluteUrl(page.markdown, origin) } : {}),
    ...(page.oembed
      ? {
          [OEMBED_JSON_TYPE]: [
            { url: absoluteUrl(page.oembed.path, origin), title: page.oembed.title },
          ],
        }
      : {}),
  };
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: url,
      ...(Object.keys(types).length > 0 ? { types } : {}),
    },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      siteName: site.name,
      locale: "en_GB",
      type: page.type ?? "website",
      ...images,
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      ...images,
    },
  };
}

/** A page of the site model's metadata: its title, description, type and preview image. */
export function metadataOfPage(
  page: Pick<
    SitePage,
    | "path"
    | "kind"
    | "title"
    | "description"
    | "type"
    | "ownImage"
    | "imageAlt"
    | "noindex"
    | "embed"
  >,
  options: { atomFeed?: string } = {},
  origin: string = site.url,
): Metadata {
  return pageMetadata(
    {
      // The home page's <title> is the report's title alone; its name in lists is "Home".
      title: page.kind === "home" ? site.reportTitle : page.title,
      absoluteTitle: page.kind === "home",
      description: page.description,
      path: page.path,
      type: page.type,
      ownImage: page.ownImage,
      ...(page.imageAlt ? { imageAlt: page.imageAlt } : {}),
      // Every page the sitemap lists is also written as Markdown (lib/markdown/site.ts).
      ...(page.noindex ? {} : { markdown: routes.markdown(page.path) }),
      ...(page.embed ? { oembed: { path: page.embed.oembed, title: page.embed.title } } : {}),
      ...options,
    },
    origin,
  );
}
