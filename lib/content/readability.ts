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
