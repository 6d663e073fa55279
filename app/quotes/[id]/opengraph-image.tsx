import { siteAccent } from "@/components/elements/element-theme";
import {
  QuotePreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getQuoteView } from "@/lib/content/api";
import { getSite } from "@/lib/site-model/api";

// The image route does not share the page's params: it needs its own (see TOOLCHAIN §2).
export const dynamicParams = false;
export const size = previewSize;
export const contentType = previewContentType;
export const alt = "The quote, word for word, with its speaker";

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
