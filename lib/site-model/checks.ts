import type { ContentProblem } from "../content/errors";
import { easyReadPath } from "../content/easy-read";
import { routes } from "../content/routes";
import type { ContentBundle } from "../content/types";
import type { SitePage } from "./model";
import { pageTemplates } from "./templates";

/**
 * Checks that need the site's pages, run over the model after the content itself is valid:
 * every content page has a template, change notes kept by path name a page, and every internal
 * link and #anchor in an MDX body reaches a page and an id the site really renders.
 */
export function checkSite(bundle: ContentBundle, pages: readonly SitePage[]): ContentProblem[] {
  const known = new Map(pages.map((page) => [page.path, page.anchors]));
  return [
    ...checkPageTemplates(bundle),
    ...checkChangePaths(bundle, known),
    ...checkLinks(bundle, known),
  ];
}

function checkPageTemplates(bundle: ContentBundle): ContentProblem[] {
  return bundle.pages.flatMap((page): ContentProblem[] =>
    pageTemplates[page.slug]
      ? []
      : [
          {
            file: page.file,
            field: "slug",
            message: `no page template shows "${page.slug}"; add a route in app/ and an entry in pageTemplates (lib/site-model/templates.ts)`,
          },
        ],
  );
}

type Known = ReadonlyMap<string, ReadonlySet<string> | null>;

/**
 * Change notes kept outside a content file must name a generated page, and only one whose words
 * are in code: a page with its own content file keeps its notes there, so they are in one place.
 */
function checkChangePaths(bundle: ContentBundle, known: Known): ContentProblem[] {
  const own = new Set([
    ...bundle.elements.map((e) => routes.element(e.slug)),
    ...bundle.findings.map((f) => routes.finding(f.slug)),
    ...bundle.pages.map((p) => routes.page(p.slug)),
    ...bundle.speakers.map((s) => routes.speaker(s.slug)),
    ...bundle.easyRead.map((r) => easyReadPath(r.slug, bundle.site.headlineFinding)),
  ]);
  return bundle.changes.flatMap((entry): ContentProblem[] => {
    if (!known.has(entry.path)) {
      return [
        { file: entry.file, field: "path", message: `the site has no page at "${entry.path}"` },
      ];
    }
    if (own.has(entry.path)) {
      return [
        {
          file: entry.file,
          field: "path",
          message: `"${entry.path}" has its own content file: put its change notes in that file's \`changes\` field`,
        },
      ];
    }
    return [];
  });
}

/** Internal links in MDX bodies must reach a generated page and, with a #fragment, a real anchor. */
function checkLinks(bundle: ContentBundle, known: Known): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const docs = [
    ...bundle.elements.map((doc) => ({ doc, path: routes.element(doc.slug) })),
    ...bundle.findings.map((doc) => ({ doc, path: routes.finding(doc.slug) })),
    ...bundle.pages.map((doc) => ({ doc, path: routes.page(doc.slug) })),
  ];
  for (const { doc, path } of docs) {
    const own = known.get(path);
    for (const link of doc.body.links) {
      if (/^[a-z]+:/i.test(link) || link.startsWith("//")) continue;
      const [pathPart = "", fragment] = link.split("#", 2);
      const anchors = pathPart === "" ? own : known.get(pathPart.replace(/\/$/, "") || "/");
      if (anchors === undefined) {
        problems.push({
          file: doc.file,
          message: `links to "${link}", but the site has no page at "${pathPart}"`,
        });
      } else if (fragment && anchors && !anchors.has(fragment)) {
        problems.push({
          file: doc.file,
          message: `links to "${link}", but that page has no anchor "#${fragment}"`,
        });
      }
    }
  }
  return problems;
}
