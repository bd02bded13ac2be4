import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue, Day } from "../../core/types";
import { type DateOrder, parseDay } from "../../core/values/parse-day";
import { describeCell } from "./describe-cell";

/**
 * A date cell as a Day; null when blank or bad. Date cells go through `readDate` (the day they
 * show in the spreadsheet's zone). Bad cells (text that is no date, sheet errors) are reported,
 * with `outcome` saying what happens instead.
 */
export function readDayCell(
  raw: unknown,
  dateOrder: DateOrder,
  readDate: (date: Date) => Day,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
  outcome: string,
): Day | null {
  const day = raw instanceof Date ? readDate(raw) : isSheetError(raw) ? Number.NaN : parseDay(raw, dateOrder);
  if (day === null || !Number.isNaN(day)) return day;
  const problem = isSheetError(raw)
    ? `The cell shows ${String(raw).trim()}`
    : `${describeCell(raw)} is not a date (${dateOrder === "MDY" ? "use m/d/yyyy" : "use d/m/yyyy"} or yyyy-mm-dd)`;
  issues.push({ tab, row, column, message: `${problem}; ${outcome}.` });
  return null;
}
