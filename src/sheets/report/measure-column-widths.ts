import { estimateShownText } from "./estimate-shown-text";
import type { GridCell } from "./grid-cell";

// A rough Arial 10 glyph width plus cell padding, in pixels, as the local runtime estimates too.
const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING = 10;
/** Narrowest and widest a report column gets: past the cap, a long text is cut or spills over. */
export const MIN_COLUMN_WIDTH = 40;
export const MAX_COLUMN_WIDTH = 300;

/** A row of the grid, and how many of its leading cells may set their column's width. */
export interface MeasuredRow {
  readonly cells: readonly GridCell[];
  readonly measured: number;
}

/**
 * The width of each of `width` columns, in pixels: its longest measured cell's shown text.
 * Formula: clamp(characters × 7 + 10, 40, 300); a column with no measured cell gets 40.
 * @example
 * measureColumnWidths([{ cells: [{ value: "'Stage", pattern: "@" }], measured: 1 }], 1); // => [45]
 */
export function measureColumnWidths(rows: readonly MeasuredRow[], width: number): number[] {
  const longest = new Array<number>(width).fill(0);
  for (const row of rows) {
    for (let column = 0; column < row.measured && column < width; column++) {
      const cell = row.cells[column];
      if (cell === undefined) continue;
      longest[column] = Math.max(longest[column] ?? 0, estimateShownText(cell).length);
    }
  }
  return longest.map((characters) =>
    Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, characters * PIXELS_PER_CHARACTER + CELL_PADDING)),
  );
}
