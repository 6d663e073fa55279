import type { ContentProblem } from "./errors";
import type { ContentBundle } from "./types";

const URL_IN_TEXT = /https?:\/\/[^\s"'<>()[\]{}]+/g;

/** The same address written with or without a trailing slash or full stop counts once. */
function normalise(url: string): string {
  return url.replace(/[.,;:]+$/, "").replace(/\/$/, "");
}

/** Every string in a front-matter or YAML value, with its field path ("sources.0", "bio"). */
function strings(value: unknown, field: string): { field: string; text: string }[] {
  if (typeof value === "string") return [{ field, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${field}.${i}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, field ? `${field}.${key}` : key),
    );
  }
  return [];
}

/**
 * Every outside address the site shows lives in one reviewed place: the `url` of a source in
 * content/sources/. Links in MDX bodies and addresses in any other field must be one of those.
 */
export function checkOutsideLinks(bundle: ContentBundle): ContentProblem[] {
  const known = new Set(bundle.sources.map((source) => normalise(source.url)));
  const problems: ContentProblem[] = [];
  const report = (file: string, url: string, field?: string) =>
    problems.push({
      file,
      ...(field ? { field } : {}),
      message: `links to "${url}", which is not the url of any source in content/sources/; add a source for it there first`,
    });

  for (const doc of [...bundle.elements, ...bundle.findings, ...bundle.pages]) {
    for (const link of doc.body.links) {
      if (/^https?:/i.test(link) && !known.has(normalise(link))) report(doc.file, link);
    }
  }
  const entries = [
    ...bundle.elements,
    ...bundle.findings,
    ...bundle.pages,
    ...bundle.speakers,
    ...bundle.quotes,
    ...bundle.timeline,
    ...bundle.glossary,
    ...bundle.sources.map(({ url: _url, ...rest }) => rest),
  ];
  for (const entry of entries) {
    const { file, ...fields } = entry;
    const data = "body" in fields ? { ...fields, body: undefined } : fields;
    for (const { field, text } of strings(data, "")) {
      for (const [url] of text.matchAll(URL_IN_TEXT)) {
        if (!known.has(normalise(url))) report(file, url, field);
      }
    }
  }
  return problems;
}
