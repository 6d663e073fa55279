import { routes } from "../content/routes";
import type { SiteModel, SitePage } from "../site-model/model";

/**
 * The pages written as Markdown: every page of the site model that the sitemap lists (embed
 * cards, marked noindex, are parts of other sites' pages rather than pages to read).
 */
export const markdownPages = (model: SiteModel): SitePage[] =>
  model.pages.filter((page) => !page.noindex);

/**
 * A Markdown address as the catch-all route's parameter: /md/elements/workforce.md is
 * ["elements", "workforce.md"], /md/index.md is ["index.md"].
 */
export const markdownSegments = (pagePath: string): string[] =>
  routes.markdown(pagePath).split("/").slice(2);

/** The page whose Markdown is at these segments, if any. */
export function pageAtSegments(
  model: SiteModel,
  segments: readonly string[],
): SitePage | undefined {
  const wanted = segments.join("/");
  return markdownPages(model).find((page) => markdownSegments(page.path).join("/") === wanted);
}

/** How Markdown is sent: by the route under `next start`, and by the host from `_headers`. */
export const markdownContentType = "text/markdown; charset=utf-8";
