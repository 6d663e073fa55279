import { siteAccent } from "@/components/elements/element-theme";
import {
  QuotePreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getQuoteView } from "@/lib/content/api";
import { getSite } from "@/lib/site-model/api";

// The image route does not share the page's params: it needs its own (see TOOLCHAIN §2). Its alt
// text is the site model's imageAlt for the page, which the page's metadata names with the image.
export const dynamicParams = false;
export const size = previewSize;
export const contentType = previewContentType;

export const generateStaticParams = () => getSite().keysOf("quote", "id");

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const quote = getQuoteView(id);
  if (!quote) throw new Error(`No quote "${id}"`);
  const first = quote.elements[0];
  return renderPreview(
    <QuotePreview
      text={quote.text}
      speaker={quote.speaker.name}
      role={`${quote.speaker.role}, ${quote.speaker.organisation}`}
      accent={(first?.colour ?? siteAccent).light}
    />,
  );
}
