import type { RowCount } from "./count-rows";
import { functionError } from "./function-error";

/** A row that could not be computed, with the reason (named in the error of a single-cell call). */
export interface RowProblem {
  readonly problem: string;
}

/** What one row of a column function gives: a number, '' for a blank row, or a problem. */
export type RowResult = number | "" | RowProblem;

/** A custom function's answer: one value for single cells, a one-column range for ranges. */
export type CellOrColumn = number | "" | (number | string)[][];

/**
 * Computes every row and shapes the answer the way Sheets expects. In a column a problem row
 * shows its reason as text, naming the function and the argument (one bad row must not hide the
 * others, and a total over the column then names that row instead of leaving the lead out); a
 * single-cell call throws the problem instead.
 * @example
 * buildColumnResult("X", { rows: 2, isRange: true }, (row) => row * 2); // => [[0], [2]]
 */
export function buildColumnResult(
  functionName: string,
  count: RowCount,
  computeRow: (row: number) => RowResult,
): CellOrColumn {
  if (!count.isRange) return valueOrThrow(functionName, computeRow(0));
  const output = new Array<(number | string)[]>(count.rows);
  for (let row = 0; row < count.rows; row++) {
    const result = computeRow(row);
    output[row] = [typeof result === "object" ? `${functionName}: ${result.problem}` : result];
  }
  return output;
}

function valueOrThrow(functionName: string, result: RowResult): number | "" {
  if (typeof result === "object") throw functionError(functionName, result.problem);
  return result;
}
