import { getContentApi } from "@/lib/content/api";
import { embedRoutes } from "@/lib/content/routes";
import { quoteCard } from "@/lib/embed/card";
import { oembedResponse } from "@/lib/embed/oembed";
import { getSite } from "@/lib/site-model/api";

/** Each quote's oEmbed document (/oembed/quotes/<id>.json), written as a static file. */
export const dynamic = "force-static";
export const dynamicParams = false;

/** The last part of the document's address, this route's parameter ("<id>.json"). */
const fileOf = (id: string) => embedRoutes.oembedQuote(id).split("/").pop() ?? "";

export const generateStaticParams = () =>
  getSite()
    .keysOf("quote", "id")
    .map(({ id }) => ({ file: fileOf(id) }));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const key = getSite()
    .keysOf("quote", "id")
    .find(({ id }) => fileOf(id) === file);
  return oembedResponse(key ? quoteCard(getContentApi(), getSite(), key.id) : undefined);
}
