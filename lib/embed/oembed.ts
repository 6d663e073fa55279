import { routes } from "@/lib/content/routes";
import { absoluteUrl, defaultPreviewImage } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { EmbedCard } from "./card";
import { iframeCode } from "./iframe";

/**
 * An oEmbed 1.0 document of type "rich" (https://oembed.com, section 2.3.4): what publishing
 * tools that read oEmbed need to show a card, written as a static JSON file per quote and key
 * element (/oembed/quotes/<id>.json, /oembed/elements/<slug>.json) and announced on the page by
 * a discovery link.
 */
export interface OEmbedRich {
  type: "rich";
  version: "1.0";
  /** The iframe of the embed card. */
  html: string;
  width: number;
  height: number;
  title: string;
  author_name?: string;
  author_url?: string;
  provider_name: string;
  provider_url: string;
  /** Seconds a consumer may keep the document. */
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** A day: the words change rarely, and every change is recorded at /changes. */
const CACHE_AGE = 86_400;

/**
 * A card's oEmbed document. The author is the quote's speaker (with their page on the site);
 * an element's card mixes the site's words with the release's, so its author is the site's
 * publisher where the deployment names one, and left out where it does not.
 */
export function oembedDocument(card: EmbedCard, origin: string = site.url): OEmbedRich {
  const { width, height, title } = card.frame;
  const author =
    card.kind === "quote"
      ? { author_name: card.speaker.name, author_url: absoluteUrl(card.speaker.path, origin) }
      : site.sitePublisher.name
        ? { author_name: site.sitePublisher.name }
        : {};
  return {
    type: "rich",
    version: "1.0",
    html: iframeCode(card.frame, origin),
    width,
    height,
    title,
    ...author,
    provider_name: site.name,
    provider_url: absoluteUrl(routes.home(), origin),
    cache_age: CACHE_AGE,
    thumbnail_url: absoluteUrl(routes.previewImage(card.path), origin),
    thumbnail_width: defaultPreviewImage.width,
    thumbnail_height: defaultPreviewImage.height,
  };
}

/** The oEmbed document as its route handler sends it, or a 404 for an unknown item. */
export function oembedResponse(card: EmbedCard | undefined): Response {
  if (!card) return new Response("Not found", { status: 404 });
  return Response.json(oembedDocument(card));
}

/**
 * A route handler that writes one oEmbed document per item as a static file: its parameter is
 * the last part of the document's address ("<key>.json"), and an unknown one answers 404.
 */
export function oembedRoute(
  keys: () => string[],
  address: (key: string) => string,
  card: (key: string) => EmbedCard | undefined,
) {
  const fileOf = (key: string) => address(key).split("/").pop() ?? "";
  return {
    generateStaticParams: () => keys().map((key) => ({ file: fileOf(key) })),
    async GET(
      _request: Request,
      { params }: { params: Promise<{ file: string }> },
    ): Promise<Response> {
      const { file } = await params;
      const key = keys().find((k) => fileOf(k) === file);
      return oembedResponse(key === undefined ? undefined : card(key));
    },
  };
}
