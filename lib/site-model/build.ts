import { ContentError } from "../content/errors";
import type { LoadOptions } from "../content/load";
import { loadContent } from "../content/load";
import type { ContentBundle } from "../content/types";
import { checkSite } from "./checks";
import { listSitePages } from "./model";

/**
 * The whole content build: content/ read, validated and cross-checked (lib/content), then the
 * checks that need the site's pages (links, anchors, templates), run over the model. Throws a
 * ContentError naming every problem's file and field; never returns half-valid content.
 */
export async function buildContent(
  contentDir: string,
  options: LoadOptions = {},
): Promise<ContentBundle> {
  const bundle = await loadContent(contentDir, options);
  const problems = checkSite(bundle, listSitePages(bundle));
  if (problems.length > 0) throw new ContentError(problems);
  return bundle;
}
