/**
 * Lays rows of text out in left-aligned columns two spaces apart, the first row underlined.
 * @example formatColumns([["a", "bb"], ["ccc", "d"]]) // => "a    bb\n---  --\nccc  d"
 */
export function formatColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  const layOut = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return "";
  const rule = widths.map((width) => "-".repeat(width));
  return [layOut(header), layOut(rule), ...body.map(layOut)].join("\n");
}
