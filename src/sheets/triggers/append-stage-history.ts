import { findColumns } from "../../core/tables/find-columns";
import { findHeaderRow } from "../../core/tables/find-header-row";
import type { ColumnMapping } from "../../core/tables/table-spec";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import { findTab } from "../tables/find-tab";
import { toCellText } from "../write/cell-text";

/** One Stage History row: the lead entered `stage` at `date`, coming from `fromStage`. */
export interface StageHistoryEntry {
  readonly leadId: string;
  readonly stage: string;
  readonly date: Date;
  readonly fromStage: string;
}

const HEADER = ["Lead ID", "Stage", "Date", "From Stage"];

function historySheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tabName: string) {
  return findTab(spreadsheet, tabName) ?? spreadsheet.insertSheet(tabName);
}

// A new or still empty Stage History tab gets the header first.
function writeHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]).setFontWeight("bold");
  sheet.setFrozenRows(1);
  return [...HEADER];
}

/**
 * Appends entries under the Stage History header, placing each field in its column by header
 * (and the settings' column mapping). A tab with a header but no usable columns is refused with
 * the reader's error naming the tab and column, and nothing is written.
 */
export function appendStageHistory(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabName: string,
  entries: readonly StageHistoryEntry[],
  mapping: ColumnMapping = {},
): void {
  const sheet = historySheet(spreadsheet, tabName);
  const width = Math.max(sheet.getLastColumn(), HEADER.length);
  const top =
    sheet.getLastRow() === 0 ? [] : sheet.getRange(1, 1, Math.min(5, sheet.getMaxRows()), width).getValues();
  const headerIndex = findHeaderRow(top);
  const header = headerIndex < 0 ? writeHeader(sheet) : (top[headerIndex] as unknown[]);
  const { columns } = findColumns(header, TABLE_SPECS.stageHistory, mapping, tabName);
  const rows = entries.map((entry) => {
    const row: unknown[] = new Array(width).fill("");
    row[columns.leadId] = toCellText(entry.leadId);
    row[columns.stage] = toCellText(entry.stage);
    row[columns.date] = entry.date;
    if (columns.fromStage >= 0)
      row[columns.fromStage] = entry.fromStage === "" ? "" : toCellText(entry.fromStage);
    return row;
  });
  const firstRow = sheet.getLastRow() + 1;
  const missingRows = firstRow + rows.length - 1 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  sheet.getRange(firstRow, 1, rows.length, width).setValues(rows);
  sheet.getRange(firstRow, columns.date + 1, rows.length, 1).setNumberFormat("yyyy-mm-dd hh:mm");
}
