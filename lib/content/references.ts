import type { ContentProblem } from "./errors";
import type { ContentBundle } from "./load";
import { pageTemplates, routes } from "./routes";
import { listSitePages } from "./site-pages";

export const ELEMENT_COUNT = 8;

interface Referrer {
  file: string;
}

/** A problem when `value` names no entry of the target collection. */
function checkRef(
  from: Referrer,
  field: string,
  value: string,
  known: ReadonlySet<string>,
  what: string,
): ContentProblem[] {
  return known.has(value)
    ? []
    : [{ file: from.file, field, message: `no ${what} has the slug "${value}"` }];
}

/** Checks that every slug in `values` names an entry of the target collection. */
function checkRefs(
  from: Referrer,
  field: string,
  values: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): ContentProblem[] {
  return values.flatMap((value, index) => checkRef(from, `${field}[${index}]`, value, known, what));
}

function checkElementNumbers(bundle: ContentBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = new Map<number, string>();
  for (const element of bundle.elements) {
    const first = byNumber.get(element.number);
    if (first) {
      problems.push({
        file: element.file,
        field: "number",
        message: `${element.number} is already used by ${first}; numbers 1 to ${ELEMENT_COUNT} are each used once`,
      });
    } else {
      byNumber.set(element.number, element.file);
    }
  }
  const first = bundle.elements[0]?.file;
  const folder = first ? first.slice(0, first.lastIndexOf("/")) || "elements" : "elements";
  for (let n = 1; n <= ELEMENT_COUNT; n++) {
    if (!byNumber.has(n)) {
      problems.push({
        file: folder,
        message: `no element has number ${n}; the report names ${ELEMENT_COUNT} key elements`,
      });
    }
  }
  return problems;
}

export function checkReferences(bundle: ContentBundle): ContentProblem[] {
  const slugs = (items: readonly { slug: string }[]) => new Set(items.map((item) => item.slug));
  const elements = slugs(bundle.elements);
  const sources = slugs(bundle.sources);
  const speakers = slugs(bundle.speakers);
  const problems = checkElementNumbers(bundle);

  for (const element of bundle.elements) {
    problems.push(...checkRefs(element, "related", element.related, elements, "element"));
    problems.push(...checkRefs(element, "sources", element.sources, sources, "source"));
    element.related.forEach((other, index) => {
      const target = bundle.elements.find((candidate) => candidate.slug === other);
      if (other === element.slug) {
        problems.push({
          file: element.file,
          field: `related[${index}]`,
          message: "an element cannot be related to itself",
        });
      } else if (target && !target.related.includes(element.slug)) {
        problems.push({
          file: element.file,
          field: `related[${index}]`,
          message: `"${other}" does not list "${element.slug}" back; related elements go both ways (${target.file})`,
        });
      }
    });
  }
  for (const finding of bundle.findings) {
    problems.push(...checkRefs(finding, "elements", finding.elements, elements, "element"));
    problems.push(...checkRefs(finding, "sources", finding.sources, sources, "source"));
  }
  const positions = new Map<string, string>();
  for (const quote of bundle.quotes) {
    if (quote.id === "page") {
      problems.push({
        file: quote.file,
        field: "id",
        message: `"page" is taken by the numbered pages of the quotes (/quotes/page/2); choose another id`,
      });
    }
    problems.push(...checkRef(quote, "speaker", quote.speaker, speakers, "speaker"));
    problems.push(...checkRef(quote, "source", quote.source, sources, "source"));
    problems.push(...checkRefs(quote, "elements", quote.elements, elements, "element"));
    const key = `${quote.source}#${quote.position}`;
    const first = positions.get(key);
    if (first) {
      problems.push({
        file: quote.file,
        field: "position",
        message: `${quote.position} is already used by ${first} in the same source`,
      });
    } else {
      positions.set(key, quote.file);
    }
  }
  for (const item of [...bundle.speakers, ...bundle.timeline, ...bundle.pages]) {
    problems.push(...checkRefs(item, "sources", item.sources, sources, "source"));
  }
  for (const page of bundle.pages) {
    if (!pageTemplates[page.slug]) {
      problems.push({
        file: page.file,
        field: "slug",
        message: `no page template shows "${page.slug}"; add a route in app/ and an entry in pageTemplates (lib/content/routes.ts)`,
      });
    }
  }
  return problems;
}

/** Every page the site generates, with the anchors it is known to carry. */
export function knownRoutes(bundle: ContentBundle): Map<string, ReadonlySet<string> | null> {
  return new Map(listSitePages(bundle).map((page) => [page.path, page.anchors]));
}

/**
 * Change notes kept outside a content file must name a generated page, and only one whose words
 * are in code: a page with its own content file keeps its notes there, so they are in one place.
 */
function checkChangePaths(
  bundle: ContentBundle,
  known: Map<string, ReadonlySet<string> | null>,
): ContentProblem[] {
  const own = new Set([
    ...bundle.elements.map((e) => routes.element(e.slug)),
    ...bundle.findings.map((f) => routes.finding(f.slug)),
    ...bundle.pages.map((p) => routes.page(p.slug)),
    ...bundle.speakers.map((s) => routes.speaker(s.slug)),
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
export function checkLinks(bundle: ContentBundle): ContentProblem[] {
  const known = knownRoutes(bundle);
  const problems: ContentProblem[] = checkChangePaths(bundle, known);
  for (const doc of [...bundle.elements, ...bundle.findings, ...bundle.pages]) {
    const own = known.get(
      "number" in doc
        ? routes.element(doc.slug)
        : "kind" in doc
          ? routes.finding(doc.slug)
          : routes.page(doc.slug),
    );
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
