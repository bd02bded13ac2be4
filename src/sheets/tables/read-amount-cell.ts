import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue } from "../../core/types";
import { parseMoney } from "../../core/values/parse-money";
import { describeCell } from "./describe-cell";

/**
 * A money or count cell as a number ≥ 0; null when blank or bad. Bad cells (text, negative
 * numbers, sheet errors) are reported, with `outcome` saying what happens instead.
 */
export function readAmountCell(
  raw: unknown,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
  outcome: string,
): number | null {
  if (typeof raw === "number" && raw >= 0 && raw < Number.POSITIVE_INFINITY) return raw;
  const amount = isSheetError(raw) ? Number.NaN : parseMoney(raw);
  if (amount === null || amount >= 0) return amount;
  const problem = isSheetError(raw)
    ? `The cell shows ${String(raw).trim()}`
    : Number.isNaN(amount)
      ? `${describeCell(raw)} is not a number`
      : `${describeCell(raw)} is negative`;
  issues.push({ tab, row, column, message: `${problem}; ${outcome}.` });
  return null;
}
