import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue } from "../../core/types";
import { parsePercent } from "../../core/values/parse-percent";
import { describeCell } from "./describe-cell";

/**
 * A percentage cell as a fraction in [0, 1]; null when blank or bad. Bad cells (text, over
 * 100 %, negative, sheet errors) are reported, with `outcome` saying what happens instead.
 */
export function readPercentCell(
  raw: unknown,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
  outcome: string,
): number | null {
  const fraction = isSheetError(raw) ? Number.NaN : parsePercent(raw);
  if (fraction === null || !Number.isNaN(fraction)) return fraction;
  issues.push({ tab, row, column, message: `${describePercentProblem(raw)}; ${outcome}.` });
  return null;
}

function describePercentProblem(raw: unknown): string {
  if (isSheetError(raw)) return `The cell shows ${String(raw).trim()}`;
  const number = typeof raw === "number" ? raw : Number.parseFloat(String(raw).replace(",", "."));
  if (number > 100) return `${describeCell(raw)} is over 100 %`;
  if (number < 0) return `${describeCell(raw)} is a negative percentage`;
  return `${describeCell(raw)} is not a percentage (write 60%, 60 or 0.6)`;
}
