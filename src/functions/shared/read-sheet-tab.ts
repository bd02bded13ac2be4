import { findHeaderRow } from "../../core/tables/find-header-row";
import type { Grid } from "./read-table-argument";

/**
 * All values of a tab of the active spreadsheet, in one getValues() call; null when there is no
 * such tab (or no spreadsheet, as when running outside Sheets) or the tab is empty.
 * @example
 * readOptionalTab("Activity Types"); // => [["Type", "Points"], ["Meeting", 5]] or null
 */
export function readOptionalTab(tabName: string): Grid | null {
  if (typeof SpreadsheetApp === "undefined") return null;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet?.getSheetByName(tabName);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  return findHeaderRow(grid) < 0 ? null : grid;
}
