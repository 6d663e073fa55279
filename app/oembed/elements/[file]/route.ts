import { getContentApi } from "@/lib/content/api";
import { embedRoutes } from "@/lib/content/routes";
import { elementCard } from "@/lib/embed/card";
import { oembedRoute } from "@/lib/embed/oembed";
import { getSite } from "@/lib/site-model/api";

/** Each key element's oEmbed document (/oembed/elements/<slug>.json), written as a static file. */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = oembedRoute(
  () =>
    getSite()
      .keysOf("element", "slug")
      .map(({ slug }) => slug),
  embedRoutes.oembedElement,
  (slug) => elementCard(getContentApi(), getSite(), slug),
);

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
