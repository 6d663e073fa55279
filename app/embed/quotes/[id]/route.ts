import { getContentApi } from "@/lib/content/api";
import { embedCardResponse, quoteCard } from "@/lib/embed/card";
import { getSite } from "@/lib/site-model/api";

/**
 * A quote's embed card (lib/embed/card.ts): a whole HTML document of its own, written at build
 * time, with none of the site's layout, scripts or search, for other sites to frame.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = () => getSite().keysOf("quote", "id");

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return embedCardResponse(quoteCard(getContentApi(), getSite(), (await params).id));
}
