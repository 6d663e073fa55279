import { elementTheme } from "@/components/elements/element-theme";
import {
  ElementPreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getElement, getSiteConfig } from "@/lib/content/api";
import { getSite } from "@/lib/site-model/api";

// The image route does not share the page's params: it needs its own (see TOOLCHAIN §2). Its alt
// text is the site model's imageAlt for the page, which the page's metadata names with the image.
export const dynamicParams = false;
export const size = previewSize;
export const contentType = previewContentType;

export const generateStaticParams = () => getSite().keysOf("element", "slug");

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const element = getElement(slug);
  if (!element) throw new Error(`No key element "${slug}"`);
  return renderPreview(
    <ElementPreview
      number={element.number}
      count={getSiteConfig().elementCount}
      title={element.title}
      theme={elementTheme(element)}
    />,
  );
}
