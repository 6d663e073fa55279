import {
  FindingPreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getElementsBySlugs, getFinding } from "@/lib/content/api";
import { getSite } from "@/lib/site-model/api";

// The image route does not share the page's params: it needs its own (see TOOLCHAIN §2). Its alt
// text is the site model's imageAlt for the page, which the page's metadata names with the image.
export const dynamicParams = false;
export const size = previewSize;
export const contentType = previewContentType;

export const generateStaticParams = () => getSite().keysOf("finding", "slug");

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const finding = getFinding(slug);
  if (!finding) throw new Error(`No finding "${slug}"`);
  return renderPreview(
    <FindingPreview
      title={finding.title}
      summary={finding.summary}
      colours={getElementsBySlugs(finding.elements).map((e) => e.colour.light)}
    />,
  );
}
