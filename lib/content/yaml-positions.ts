import type { LineCounter, Node, Scalar } from "yaml";
import { isMap, isScalar, isSeq } from "yaml";

/** Where one text field's value sits in its file, for messages that give a line. */
export interface FieldPosition {
  /** 1-based line of the file where the field is written (its key, or its list item). */
  line: number;
  /**
   * The value as it is written in the file, without a block scalar's header or a quoted
   * scalar's quotation marks, starting on line `textLine`: counting its line breaks gives the
   * line of any word in it. When the written form differs from the value by more than
   * whitespace (escapes, folded-away characters), it is the value itself, on `line`.
   */
  text: string;
  textLine: number;
}

const withoutWhitespace = (text: string) => text.replace(/\s+/gu, "");

function positionOf(
  node: Scalar,
  source: string,
  keyLine: number,
  lines: LineCounter,
  lineOffset: number,
): FieldPosition | undefined {
  if (typeof node.value !== "string" || node.range === undefined || node.range === null) {
    return undefined;
  }
  const [start, end] = node.range;
  const written = source.slice(start, end);
  const valueLine = lines.linePos(start).line + lineOffset;
  let inner = written;
  let innerLine = valueLine;
  if (node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL") {
    // The header (`>-`, `|`) ends its line; the text starts on the next.
    const newline = written.indexOf("\n");
    inner = newline === -1 ? "" : written.slice(newline + 1);
    innerLine = valueLine + 1;
  } else if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    inner = written.slice(1, -1);
  }
  return withoutWhitespace(inner) === withoutWhitespace(node.value)
    ? { line: keyLine, text: inner, textLine: innerLine }
    : { line: keyLine, text: node.value, textLine: keyLine };
}

/**
 * The position of every text value in a parsed YAML document, by field path in the form that
 * problems name fields: `bio`, `changes[0].note`, `sources[1]`. `lineOffset` is how many lines
 * of the file come before the YAML (1 for frontmatter, after its opening `---`).
 */
export function textFieldPositions(
  contents: Node | null,
  source: string,
  lines: LineCounter,
  lineOffset = 0,
): Map<string, FieldPosition> {
  const positions = new Map<string, FieldPosition>();
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lines.linePos(node.range[0]).line + lineOffset : undefined;

  const visit = (node: unknown, path: string, keyLine: number | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        visit(pair.value, path === "" ? key : `${path}.${key}`, lineOf(pair.key));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, `${path}[${index}]`, undefined));
    } else if (isScalar(node)) {
      const line = keyLine ?? lineOf(node);
      const position =
        line === undefined ? undefined : positionOf(node, source, line, lines, lineOffset);
      if (position !== undefined) positions.set(path, position);
    }
  };
  visit(contents, "", undefined);
  return positions;
}
