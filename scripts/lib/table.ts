/** The one table printer of the scripts' reports. */
export type Align = "left" | "right";

/**
 * Plain-text columns two spaces apart, each as wide as its widest cell: the first column
 * left-aligned and the others right-aligned (figures) unless `align` says otherwise; no line
 * ends in spaces.
 */
export function formatTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths = head.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    head
      .map((_, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return (align[i] ?? (i === 0 ? "left" : "right")) === "left"
          ? cell.padEnd(width)
          : cell.padStart(width);
      })
      .join("  ")
      .trimEnd();
  return [head, ...rows].map(line).join("\n");
}
