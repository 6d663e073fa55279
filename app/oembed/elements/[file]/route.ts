import { getContentApi } from "@/lib/content/api";
import { embedRoutes } from "@/lib/content/routes";
import { elementCard } from "@/lib/embed/card";
import { oembedResponse } from "@/lib/embed/oembed";
import { getSite } from "@/lib/site-model/api";

/** Each key element's oEmbed document (/oembed/elements/<slug>.json), written as a static file. */
export const dynamic = "force-static";
export const dynamicParams = false;

/** The last part of the document's address, this route's parameter ("<slug>.json"). */
const fileOf = (slug: string) => embedRoutes.oembedElement(slug).split("/").pop() ?? "";

export const generateStaticParams = () =>
  getSite()
    .keysOf("element", "slug")
    .map(({ slug }) => ({ file: fileOf(slug) }));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const key = getSite()
    .keysOf("element", "slug")
    .find(({ slug }) => fileOf(slug) === file);
  return oembedResponse(key ? elementCard(getContentApi(), getSite(), key.slug) : undefined);
}
