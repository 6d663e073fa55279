import { getContentApi } from "@/lib/content/api";
import { embedRoutes } from "@/lib/content/routes";
import { quoteCard } from "@/lib/embed/card";
import { oembedRoute } from "@/lib/embed/oembed";
import { getSite } from "@/lib/site-model/api";

/** Each quote's oEmbed document (/oembed/quotes/<id>.json), written as a static file. */
export const dynamic = "force-static";
export const dynamicParams = false;

const route = oembedRoute(
  () =>
    getSite()
      .keysOf("quote", "id")
      .map(({ id }) => id),
  embedRoutes.oembedQuote,
  (id) => quoteCard(getContentApi(), getSite(), id),
);

export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
