import type { GridChart, GridRange } from "./report-grid";

function rangeOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range: GridRange,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(range.row, range.column, range.numRows, range.numColumns);
}

/** Draws one chart beside its table, from the written cells (the header row left out: one series, no legend). */
export function insertReportChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, chart: GridChart): void {
  const chartType = chart.type === "bar" ? Charts.ChartType.BAR : Charts.ChartType.COLUMN;
  const built = sheet
    .newChart()
    .setChartType(chartType)
    .addRange(rangeOf(sheet, chart.labels))
    .addRange(rangeOf(sheet, chart.values))
    .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
    .setOption("title", chart.title)
    .setOption("legend", { position: "none" })
    .build();
  sheet.insertChart(built);
}
