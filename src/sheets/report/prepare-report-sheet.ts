import type { ReportKind } from "./report-layout";
import { isOwnedReportSheet, REPORT_METADATA_KEY } from "./report-metadata";

/** How many "(n)" names to try before concluding something is wrong with the workbook. */
const MAX_NAME_ATTEMPTS = 200;

/**
 * The tab a report goes to: its own tab from an earlier run (cleared, charts removed), else a new
 * marked tab. A tab of the same name the user made is never touched: the report takes the first
 * free or owned name among "Funnel", "Funnel (2)", "Funnel (3)", …
 */
export function prepareReportSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: ReportKind,
  tabName: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const name = attempt === 1 ? tabName : `${tabName} (${attempt})`;
    const existing = spreadsheet.getSheetByName(name);
    if (existing === null) {
      const created = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      created.addDeveloperMetadata(REPORT_METADATA_KEY, kind);
      return created;
    }
    if (isOwnedReportSheet(existing, kind)) {
      for (const chart of existing.getCharts()) existing.removeChart(chart);
      existing.clear();
      return existing;
    }
  }
  throw new Error(`No free tab name for the ${tabName} report after ${MAX_NAME_ATTEMPTS} attempts`);
}
