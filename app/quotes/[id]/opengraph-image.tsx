import { elementTheme } from "@/components/elements/element-theme";
import {
  QuotePreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getQuoteView, getQuoteViews } from "@/lib/content/api";

// The image route does not share the page's params: it needs its own (see TOOLCHAIN §2).
export const dynamicParams = false;
export const size = previewSize;
export const contentType = previewContentType;
export const alt = "The quote, word for word, with its speaker";

export function generateStaticParams() {
  return getQuoteViews().map(({ id }) => ({ id }));
}

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
      accent={elementTheme(first?.slug ?? "").light}
    />,
  );
}
