import { moneyFormat } from "../write/money-format";
import { withDocumentLock } from "../write/with-document-lock";
import { buildReportGrid } from "./build-report-grid";
import { insertReportChart } from "./insert-report-chart";
import { prepareReportSheet } from "./prepare-report-sheet";
import type { ReportGrid } from "./report-grid";
import type { ReportLayout } from "./report-layout";

export interface WriteReportOptions {
  /** Defaults to Apps Script's LockService; tests pass the local runtime's. */
  readonly lockService?: GoogleAppsScript.Lock.LockService;
  /** How long to wait for another run's write, in milliseconds. */
  readonly lockWaitMs?: number;
  /** The money format of the user's Value column; default: the locale's currency. */
  readonly moneyFormat?: string | null;
}

/**
 * Makes the (cleared) tab exactly as big as the report: append the rows and columns it needs,
 * then delete the old ones. Always the same calls, whether the tab was 1000 x 26 or had to grow,
 * and a long report on an earlier run leaves no empty tail behind.
 */
function fitSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  sheet.setFrozenRows(0);
  const oldRows = sheet.getMaxRows();
  sheet.insertRowsAfter(oldRows, rows);
  sheet.deleteRows(1, oldRows);
  const oldColumns = sheet.getMaxColumns();
  sheet.insertColumnsAfter(oldColumns, columns);
  sheet.deleteColumns(1, oldColumns);
}

function writeGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: ReportGrid): void {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  fitSheet(sheet, Math.max(rows, grid.chartArea.rows), Math.max(columns, grid.chartArea.columns));
  const range = sheet.getRange(1, 1, rows, columns);
  // Values before formats: in a cell already formatted as plain text ("@"), Sheets would keep the
  // escaping apostrophe as part of the text.
  range.setValues(grid.values);
  range.setNumberFormats(grid.formats);
  range.setFontWeights(grid.weights);
  sheet.setFrozenRows(grid.frozenRows);
  // Not autoResizeColumns: Sheets would fit column A to the longest note and push the tables'
  // figures and the charts off screen. One call per column, whatever the row count.
  grid.columnWidths.forEach((width, index) => {
    sheet.setColumnWidth(index + 1, width);
  });
  for (const chart of grid.charts) insertReportChart(sheet, chart);
}

/**
 * Writes a report to its own tab, under the document lock, in a constant number of calls
 * whatever the row count: one setValues, one setNumberFormats, one setFontWeights for the whole
 * tab. Returns the tab: "Funnel", or "Funnel (2)" when a "Funnel" tab is the user's own.
 */
export function writeReport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  report: ReportLayout,
  options: WriteReportOptions = {},
): GoogleAppsScript.Spreadsheet.Sheet {
  const grid = buildReportGrid(
    report,
    options.moneyFormat ?? moneyFormat(spreadsheet.getSpreadsheetLocale()),
  );
  return withDocumentLock(
    () => {
      const sheet = prepareReportSheet(spreadsheet, report.kind, report.tabName);
      writeGrid(sheet, grid);
      return sheet;
    },
    options.lockService,
    options.lockWaitMs,
  );
}
