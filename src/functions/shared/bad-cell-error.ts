import { describeCell } from "../../sheets/tables/describe-cell";
import { functionError } from "./function-error";

/**
 * The error for a cell an aggregate function cannot read: a single-cell argument is named, a cell
 * of a range also by its row within the range (1-based), so the user finds the typo.
 * @example
 * badCellError("WINRATE", "statuses", "Open, Won or Lost", "wonn", 3).message; // => "WINRATE: argument 'statuses' row 4 is not Open, Won or Lost: \"wonn\""
 */
export function badCellError(
  functionName: string,
  argument: string,
  expected: string,
  raw: unknown,
  row: number | null,
): Error {
  const where = row === null ? `argument '${argument}'` : `argument '${argument}' row ${row + 1}`;
  return functionError(functionName, `${where} is not ${expected}: ${describeCell(raw)}`);
}

export const EXPECTED_AMOUNT = "a non-negative amount";
export const EXPECTED_PERCENT = "a percentage in 0–100 %";
export const EXPECTED_STATUS = "Open, Won or Lost";
