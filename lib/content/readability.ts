import readability from "text-readability";
import type { ContentProblem } from "./errors";
import type { FieldPosition } from "./yaml-positions";

/**
 * The hardest an element's "In short" may read, as a Flesch-Kincaid grade: about what a reader
 * of 11 or 12 can follow.
 */
export const IN_SHORT_GRADE_LIMIT = 6.0;

/** The Flesch-Kincaid grade of a text, by the text-readability package (one decimal place). */
export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

/** Every element whose `inShort` reads above IN_SHORT_GRADE_LIMIT, naming its file and line. */
export function checkInShortGrades(
  elements: readonly {
    file: string;
    data: { inShort?: string };
    positions: ReadonlyMap<string, FieldPosition>;
  }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data, positions } of elements) {
    if (data.inShort === undefined) continue;
    const grade = readingGrade(data.inShort);
    if (grade <= IN_SHORT_GRADE_LIMIT) continue;
    const line = positions.get("inShort")?.line;
    problems.push({
      file,
      field: "inShort",
      ...(line === undefined ? {} : { line }),
      message: `reads at Flesch-Kincaid grade ${grade.toFixed(1)}, above the limit of ${IN_SHORT_GRADE_LIMIT.toFixed(1)}: use shorter sentences and shorter, everyday words`,
    });
  }
  return problems;
}

/**
 * The hardest an Easy Read page may read, as a Flesch-Kincaid grade: about what a reader of 8 or
 * 9 can follow (grades 3 to 4).
 */
export const EASY_READ_GRADE_LIMIT = 4.0;

/** A heading or point as one sentence of its page, so that its words do not run into the next. */
const asSentence = (text: string) => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** An Easy Read page's text as it reads on the page: its heading, then each point in turn. */
export function easyReadText(page: { title: string; points: readonly { text: string }[] }): string {
  return [page.title, ...page.points.map((point) => point.text)].map(asSentence).join(" ");
}

/**
 * Every Easy Read page whose text (heading and points, measured together, as the page reads)
 * is above EASY_READ_GRADE_LIMIT. A page is measured whole, since the grade of one short sentence
 * swings widely; the message names the point that reads hardest, with its line, as the place to
 * start.
 */
export function checkEasyReadGrades(
  pages: readonly {
    file: string;
    data: { title: string; points: readonly { text: string }[] };
    positions: ReadonlyMap<string, FieldPosition>;
  }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data, positions } of pages) {
    const grade = readingGrade(easyReadText(data));
    if (grade <= EASY_READ_GRADE_LIMIT) continue;
    const graded = data.points.map((point, index) => ({ index, grade: readingGrade(point.text) }));
    const hardest = graded.reduce((a, b) => (b.grade > a.grade ? b : a), {
      index: 0,
      grade: -Infinity,
    });
    const field = `points[${hardest.index}].text`;
    const line = positions.get(field)?.line;
    problems.push({
      file,
      field,
      ...(line === undefined ? {} : { line }),
      message: `the page reads at Flesch-Kincaid grade ${grade.toFixed(1)}, above the Easy Read limit of ${EASY_READ_GRADE_LIMIT.toFixed(1)}; this point reads hardest (grade ${hardest.grade.toFixed(1)}): use shorter sentences and shorter, everyday words`,
    });
  }
  return problems;
}
