import type { ColumnArgument } from "./column-argument";
import { functionError } from "./function-error";

/** How many rows a call covers, and whether its result is a column. */
export interface RowCount {
  readonly rows: number;
  readonly isRange: boolean;
}

/**
 * The row count shared by a call's column arguments. Single cells apply to every row; ranges
 * must all have the same number of rows.
 * Formula: rows = the length of the first range (1 when there is none).
 * @example
 * countRows("X", [readColumnArgument("X", "a", [[1], [2]]), readColumnArgument("X", "b", 3)]);
 * // => { rows: 2, isRange: true }
 */
export function countRows(functionName: string, columns: readonly ColumnArgument[]): RowCount {
  let first: ColumnArgument | undefined;
  for (const column of columns) {
    if (column.rows === null) continue;
    if (first === undefined) {
      first = column;
    } else if (column.length !== first.length) {
      throw functionError(
        functionName,
        `argument '${column.name}' has ${column.length} rows but '${first.name}' has ${first.length}; the ranges must have the same number of rows`,
      );
    }
  }
  return first === undefined ? { rows: 1, isRange: false } : { rows: first.length, isRange: true };
}

/**
 * The cell of a column argument at a row; a single value applies to every row.
 * @example
 * cellAt(readColumnArgument("X", "a", 7), 5); // => 7
 */
export function cellAt(column: ColumnArgument, row: number): unknown {
  const rows = column.rows;
  if (rows === null) return column.single;
  const cells = rows[row];
  return cells === undefined ? undefined : cells[0];
}
