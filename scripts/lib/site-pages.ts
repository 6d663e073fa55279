/**
 * The built site's pages, for scripts that measure a few of them: read from the content the
 * build validated, through the one site model, so no script keeps its own list of addresses.
 */
import { readContentBundle } from "../../lib/content/bundle";
import { buildSiteModel, type SitePage, type SitePageKind } from "../../lib/site-model/model";

export const builtSite = () => buildSiteModel(readContentBundle());

/** The first page of a kind (an element page, say), as the page a benchmark stands in with. */
export function firstPageOf(kind: SitePageKind): SitePage {
  const page = builtSite().pages.find((p) => p.kind === kind);
  if (!page) throw new Error(`the site has no ${kind} page: run "npm run content" first`);
  return page;
}
