import {
  DefaultPreview,
  previewContentType,
  previewSize,
  renderPreview,
} from "@/components/og/preview-image";
import { getElements } from "@/lib/content/api";
import { site } from "@/lib/site";

export const size = previewSize;
export const contentType = previewContentType;
export const alt = site.reportTitle;
export const dynamic = "force-static";

export default function Image() {
  return renderPreview(<DefaultPreview colours={getElements().map((e) => e.colour)} />);
}
