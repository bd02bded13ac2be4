import {
  buildSampleTabs,
  SAMPLE_ACTIVITY_TYPES,
  SAMPLE_STAGE_NAMES,
  SAMPLE_STATUSES,
  type SampleTab,
} from "./sample-tabs";

/** What Set up sample sheet did: the tabs it created and the ones it left alone. */
export interface SampleSetupResult {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

function dropdown(values: readonly string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .build();
}

function writeTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: SampleTab): void {
  const width = tab.header.length;
  const grid = [tab.header, ...tab.rows].map((row) => [...row]);
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  const formats = tab.rows.map(() => tab.formats.map((format) => format ?? "General"));
  if (formats.length > 0) sheet.getRange(2, 1, formats.length, width).setNumberFormats(formats);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  sheet.setFrozenRows(1);
}

function addDropdowns(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: SampleTab): void {
  const rows = sheet.getMaxRows() - 1;
  const column = (header: string) => tab.header.indexOf(header) + 1;
  if (tab.name === "Leads") {
    sheet.getRange(2, column("Stage"), rows, 1).setDataValidation(dropdown(SAMPLE_STAGE_NAMES));
    sheet.getRange(2, column("Status"), rows, 1).setDataValidation(dropdown(SAMPLE_STATUSES));
  }
  if (tab.name === "Activities") {
    sheet.getRange(2, column("Type"), rows, 1).setDataValidation(dropdown(SAMPLE_ACTIVITY_TYPES));
  }
}

/**
 * Menu: Set up sample sheet. Creates the Stages, Activity Types, Leads, Activities and Stage
 * History tabs with headers, dropdowns and sample rows, but only the tabs that don't exist yet:
 * a user's tab is never touched.
 */
export function setUpSampleSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  today: Date,
): SampleSetupResult {
  const created: string[] = [];
  const skipped: string[] = [];
  for (const tab of buildSampleTabs(today)) {
    if (spreadsheet.getSheetByName(tab.name)) {
      skipped.push(tab.name);
      continue;
    }
    const sheet = spreadsheet.insertSheet(tab.name);
    writeTab(sheet, tab);
    addDropdowns(sheet, tab);
    created.push(tab.name);
  }
  return { created, skipped };
}
