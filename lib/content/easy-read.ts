import type { ContentProblem } from "./errors";
import { routes } from "./routes";
import type { ContentBundle } from "./types";

/**
 * Easy Read (content/easy-read/): one page retelling the headline finding, at /easy-read, and
 * one for each key element, at /easy-read/<element slug>. A file's `slug` says which.
 */

/** The address of an Easy Read page: the headline's is /easy-read itself. */
export function easyReadPath(slug: string, headlineFinding: string): string {
  return slug === headlineFinding ? routes.easyRead() : routes.easyReadElement(slug);
}

/**
 * Every key element has exactly one Easy Read page and the headline finding one; a file for
 * anything else, or a headline point with no picture of its own, is a problem naming its file.
 */
export function checkEasyRead(bundle: ContentBundle): ContentProblem[] {
  const headline = bundle.site.headlineFinding;
  const elements = new Set(bundle.elements.map((element) => element.slug));
  const problems: ContentProblem[] = [];
  for (const page of bundle.easyRead) {
    if (page.slug === headline) {
      page.points.forEach((point, index) => {
        if (point.icon === undefined) {
          problems.push({
            file: page.file,
            field: `points[${index}].icon`,
            message:
              "is required on the headline's page: it has no key element whose icon a point could show",
          });
        }
      });
    } else if (!elements.has(page.slug)) {
      problems.push({
        file: page.file,
        field: "slug",
        message: `"${page.slug}" is neither a key element nor the headline finding ("${headline}" in ${bundle.site.file}); an Easy Read page retells one of them`,
      });
    }
  }
  // The folder as messages name files: beside site.yaml, under the same root.
  const root = bundle.site.file.slice(0, bundle.site.file.lastIndexOf("/") + 1);
  const folder = `${root}easy-read`;
  const covered = new Set(bundle.easyRead.map((page) => page.slug));
  for (const slug of [headline, ...elements]) {
    if (covered.has(slug)) continue;
    const what = slug === headline ? "the headline finding" : "the key element";
    problems.push({
      file: folder,
      message: `has no Easy Read page for ${what} "${slug}": add ${slug}.yaml with its slug, title and points`,
    });
  }
  return problems;
}
