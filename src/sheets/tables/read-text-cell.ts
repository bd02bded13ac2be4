import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue } from "../../core/types";

/** A text cell, trimmed; "" when blank or a sheet error (which is reported). */
export function readTextCell(
  raw: unknown,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): string {
  if (typeof raw === "string") {
    if (isSheetError(raw)) {
      issues.push({
        tab,
        row,
        column,
        message: `The cell shows ${String(raw).trim()}; it is read as blank.`,
      });
      return "";
    }
    return raw.trim();
  }
  if (raw === null || raw === undefined) return "";
  return String(raw).trim();
}
