import { isBlankCell } from "../../core/tables/is-blank-cell";

/** One tab of the workbook as `tabs` shows it. */
export interface TabSummary {
  readonly name: string;
  readonly header: readonly string[];
  /** Non-blank rows below the header row. */
  readonly rows: number;
}

// The same blank as the table readers': a cell of spaces is empty.
function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}

/** Lists every tab with its header (its first non-blank row) and its count of data rows. */
export function listTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TabSummary[] {
  return spreadsheet.getSheets().map((sheet) => {
    const grid = sheet.getDataRange().getValues();
    const headerIndex = grid.findIndex((row) => !isBlankRow(row));
    if (headerIndex < 0) return { name: sheet.getName(), header: [], rows: 0 };
    const header = (grid[headerIndex] ?? []).map((cell) => String(cell).trim());
    while (header.length > 0 && header[header.length - 1] === "") header.pop();
    let rows = 0;
    for (let index = headerIndex + 1; index < grid.length; index++) {
      if (!isBlankRow(grid[index] ?? [])) rows++;
    }
    return { name: sheet.getName(), header, rows };
  });
}
