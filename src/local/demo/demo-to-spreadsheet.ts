import { createSpreadsheet, type Spreadsheet } from "../spreadsheet";
import type { DemoTab, DemoWorkbook } from "./demo-types";

// Header row plus data, and no spare columns: 1M activity rows x 26 default columns would pass
// Sheets' 10-million-cell limit, so each sheet is sized to its table as an import would.
function addTab(spreadsheet: Spreadsheet, tab: DemoTab, position: number): void {
  const width = tab.header.length;
  const height = tab.rows.length + 1;
  const sheet = spreadsheet.addSheet(tab.name, position, Math.max(height, 2), width);
  sheet.getRange(1, 1, height, width).setValues([tab.header, ...tab.rows]);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  sheet.setFrozenRows(1);
  const formats = tab.numberFormats;
  if (formats && tab.rows.length > 0) {
    const row = formats.map((format) => format ?? "General");
    sheet.getRange(2, 1, tab.rows.length, width).setNumberFormats(tab.rows.map(() => row));
  }
}

/** A new in-memory spreadsheet holding the demo tabs, in order, as if the user had made them. */
export function demoToSpreadsheet(workbook: DemoWorkbook, name = "Pipeline Confidence demo"): Spreadsheet {
  const spreadsheet = createSpreadsheet({ name });
  const blank = spreadsheet.getSheets()[0];
  workbook.tabs.forEach((tab, position) => {
    addTab(spreadsheet, tab, position);
  });
  if (blank) spreadsheet.deleteSheet(blank);
  return spreadsheet;
}
