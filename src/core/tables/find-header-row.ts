import { isBlankCell } from "./is-blank-cell";

/**
 * The index (0-based) of a grid's header: its first row with a non-blank cell; -1 when all blank.
 * @example
 * findHeaderRow([["", ""], ["Lead ID", "Stage"]]); // => 1
 */
export function findHeaderRow(grid: readonly (readonly unknown[])[]): number {
  for (let rowIndex = 0; rowIndex < grid.length; rowIndex += 1) {
    const row = grid[rowIndex] as readonly unknown[];
    for (let column = 0; column < row.length; column += 1) {
      if (!isBlankCell(row[column])) return rowIndex;
    }
  }
  return -1;
}
