import { phraseWordsOf } from "../text/match";
import type { ContentProblem } from "./errors";
import type { ContentBundle } from "./types";

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

/** Element numbers run from 1 to the count content/site.yaml gives, each used once. */
function checkElementNumbers(bundle: ContentBundle): ContentProblem[] {
  const count = bundle.site.elementCount;
  const problems: ContentProblem[] = [];
  const byNumber = new Map<number, string>();
  for (const element of bundle.elements) {
    const first = byNumber.get(element.number);
    if (element.number > count) {
      problems.push({
        file: element.file,
        field: "number",
        message: `${element.number} is more than the ${count} key elements that ${bundle.site.file} counts; numbers 1 to ${count} are each used once`,
      });
    } else if (first) {
      problems.push({
        file: element.file,
        field: "number",
        message: `${element.number} is already used by ${first}; numbers 1 to ${count} are each used once`,
      });
    } else {
      byNumber.set(element.number, element.file);
    }
  }
  const first = bundle.elements[0]?.file;
  const folder = first ? first.slice(0, first.lastIndexOf("/")) || "elements" : "elements";
  for (let n = 1; n <= count; n++) {
    if (!byNumber.has(n)) {
      problems.push({
        file: folder,
        message: `no element has number ${n}; the report names ${count} key elements`,
      });
    }
  }
  return problems;
}

/** Every role content/site.yaml names must be an entry of the collection it is drawn from. */
function checkSiteRoles(
  bundle: ContentBundle,
  findings: ReadonlySet<string>,
  sources: ReadonlySet<string>,
): ContentProblem[] {
  const { site } = bundle;
  return [
    ...checkRef(site, "headlineFinding", site.headlineFinding, findings, "finding"),
    ...checkRef(site, "newsRelease", site.newsRelease, sources, "source"),
    ...checkRef(site, "reportFile", site.reportFile, sources, "source"),
    ...checkRef(site, "studyPage", site.studyPage, sources, "source"),
  ];
}

/**
 * Search takes every name of a glossary entry for the same thing, so a name (compared as search
 * reads it: case, accents and hyphens aside) may belong to one entry only, and must have words.
 */
function checkGlossaryNames(bundle: ContentBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, string>();
  for (const entry of bundle.glossary) {
    const names: [string, string][] = [
      ["term", entry.term],
      ...entry.otherNames.map((name, i): [string, string] => [`otherNames[${i}]`, name]),
      ...entry.searchAlso.map((name, i): [string, string] => [`searchAlso[${i}]`, name]),
    ];
    for (const [field, name] of names) {
      const key = phraseWordsOf(name).join(" ");
      const first = owner.get(key);
      if (key === "") {
        problems.push({ file: entry.file, field, message: `"${name}" has no letters or digits` });
      } else if (first && first !== entry.file) {
        problems.push({
          file: entry.file,
          field,
          message: `"${name}" is already a name of the entry in ${first}; a name belongs to one entry, so search knows what it means`,
        });
      } else {
        owner.set(key, entry.file);
      }
    }
  }
  return problems;
}

export function checkReferences(bundle: ContentBundle): ContentProblem[] {
  const slugs = (items: readonly { slug: string }[]) => new Set(items.map((item) => item.slug));
  const elements = slugs(bundle.elements);
  const sources = slugs(bundle.sources);
  const speakers = slugs(bundle.speakers);
  const problems = [
    ...checkElementNumbers(bundle),
    ...checkSiteRoles(bundle, slugs(bundle.findings), sources),
  ];

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
  problems.push(...checkGlossaryNames(bundle));
  for (const item of [
    ...bundle.speakers,
    ...bundle.timeline,
    ...bundle.pages,
    ...bundle.glossary,
  ]) {
    problems.push(...checkRefs(item, "sources", item.sources, sources, "source"));
  }
  return problems;
}
