import "server-only";
import { getContentApi } from "@/lib/content/api";
import { site } from "@/lib/site";
import { getSite } from "@/lib/site-model/api";
import type { MarkdownContext } from "./renderers";

/** What the routes pass in from components/ (lib/ imports none). */
export type Presentation = Pick<MarkdownContext, "components" | "findingKindLabels">;

/** The context the Markdown routes render with: the built content, the model and SITE_URL. */
export const getMarkdownContext = (presentation: Presentation): MarkdownContext => ({
  api: getContentApi(),
  model: getSite(),
  origin: site.url,
  ...presentation,
});
