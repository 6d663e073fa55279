import "server-only";
import fs from "node:fs";
import { readContentBundle } from "./bundle";
import type { ContentApi } from "./content-api";
import { createContentApi } from "./content-api";
import { CONTENT_FILE, generatedPath } from "./generated";

export type { ElementSummary, FindingSummary, PageSummary } from "./content-api";
export type { QuoteView } from "./quote-view";

/**
 * The content API for pages: the plain API of content-api.ts over what scripts/build-content.ts
 * validated and compiled, read once per process, so no page compiles MDX itself.
 */
let cached: { api: ContentApi; file: string; modified: number } | undefined;

function content(): ContentApi {
  const file = cached?.file ?? generatedPath(CONTENT_FILE);
  // In production the file never changes under a running build; in development
  // `npm run content` may rewrite it, and the next request should see the new content.
  if (cached && process.env.NODE_ENV === "production") return cached.api;
  const modified = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  if (!cached || cached.modified !== modified) {
    cached = { api: createContentApi(readContentBundle(file)), file, modified };
  }
  return cached.api;
}

type Api = ContentApi;

export const getElements: Api["getElements"] = (...args: Parameters<Api["getElements"]>) =>
  content().getElements(...args);
export const getElement: Api["getElement"] = (...args: Parameters<Api["getElement"]>) =>
  content().getElement(...args);
export const getAdjacentElements: Api["getAdjacentElements"] = (
  ...args: Parameters<Api["getAdjacentElements"]>
) => content().getAdjacentElements(...args);
export const getElementsBySlugs: Api["getElementsBySlugs"] = (
  ...args: Parameters<Api["getElementsBySlugs"]>
) => content().getElementsBySlugs(...args);
export const getFindings: Api["getFindings"] = (...args: Parameters<Api["getFindings"]>) =>
  content().getFindings(...args);
export const getFinding: Api["getFinding"] = (...args: Parameters<Api["getFinding"]>) =>
  content().getFinding(...args);
export const getAdjacentFindings: Api["getAdjacentFindings"] = (
  ...args: Parameters<Api["getAdjacentFindings"]>
) => content().getAdjacentFindings(...args);
export const getSpeakers: Api["getSpeakers"] = (...args: Parameters<Api["getSpeakers"]>) =>
  content().getSpeakers(...args);
export const getSpeaker: Api["getSpeaker"] = (...args: Parameters<Api["getSpeaker"]>) =>
  content().getSpeaker(...args);
export const getQuotes: Api["getQuotes"] = (...args: Parameters<Api["getQuotes"]>) =>
  content().getQuotes(...args);
export const getQuote: Api["getQuote"] = (...args: Parameters<Api["getQuote"]>) =>
  content().getQuote(...args);
export const getQuoteViews: Api["getQuoteViews"] = (...args: Parameters<Api["getQuoteViews"]>) =>
  content().getQuoteViews(...args);
export const getQuoteView: Api["getQuoteView"] = (...args: Parameters<Api["getQuoteView"]>) =>
  content().getQuoteView(...args);
export const getQuoteNeighbours: Api["getQuoteNeighbours"] = (
  ...args: Parameters<Api["getQuoteNeighbours"]>
) => content().getQuoteNeighbours(...args);
export const getSources: Api["getSources"] = (...args: Parameters<Api["getSources"]>) =>
  content().getSources(...args);
export const getSource: Api["getSource"] = (...args: Parameters<Api["getSource"]>) =>
  content().getSource(...args);
export const getPage: Api["getPage"] = (...args: Parameters<Api["getPage"]>) =>
  content().getPage(...args);
export const getPages: Api["getPages"] = (...args: Parameters<Api["getPages"]>) =>
  content().getPages(...args);
export const getTimeline: Api["getTimeline"] = (...args: Parameters<Api["getTimeline"]>) =>
  content().getTimeline(...args);
export const getSiteConfig: Api["getSiteConfig"] = () => content().getSiteConfig();

/** The whole API, for code that needs several getters (the list of every page). */
export const getContentApi = (): ContentApi => content();
