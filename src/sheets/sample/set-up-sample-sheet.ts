import { findColumns } from "../../core/tables/find-columns";
import { findHeaderRow } from "../../core/tables/find-header-row";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import { createDayReader } from "../dates/create-day-reader";
import { createZoneOffset } from "../dates/create-zone-offset";
import { zoneMidnight } from "../dates/zone-midnight";
import type { Settings } from "../settings/settings-schema";
import { findTab } from "../tables/find-tab";
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

/** The settings' name of each sample tab (a user who renamed Leads to "Deals" gets "Deals"). */
function tabNameOf(tab: SampleTab, tabs: Settings["tabs"]): string {
  const names: Record<SampleTab["name"], string> = {
    Stages: tabs.stages,
    "Activity Types": tabs.activityTypes,
    Leads: tabs.leads,
    Activities: tabs.activities,
    "Stage History": tabs.stageHistory,
  };
  return names[tab.name];
}

// Rows searched for the header of a user's own Stages tab.
const HEADER_SEARCH_ROWS = 10;

/**
 * The Stage dropdown: the stage names of the Stages tab (the user's own, when kept), so a stage
 * added there is offered at once; the sample list when that tab has no Stage column.
 */
function stageDropdown(stagesSheet: GoogleAppsScript.Spreadsheet.Sheet | null, settings: Settings) {
  if (stagesSheet === null || stagesSheet.getLastRow() === 0) return dropdown(SAMPLE_STAGE_NAMES);
  const rows = Math.min(HEADER_SEARCH_ROWS, stagesSheet.getLastRow());
  const top = stagesSheet.getRange(1, 1, rows, Math.max(1, stagesSheet.getLastColumn())).getValues();
  const headerIndex = findHeaderRow(top);
  if (headerIndex < 0) return dropdown(SAMPLE_STAGE_NAMES);
  let stageColumn: number;
  try {
    const found = findColumns(top[headerIndex] ?? [], TABLE_SPECS.stages, settings.columns.stages);
    stageColumn = found.columns.stage + 1;
  } catch {
    return dropdown(SAMPLE_STAGE_NAMES);
  }
  const firstRow = headerIndex + 2;
  const height = Math.max(1, stagesSheet.getMaxRows() - firstRow + 1);
  return SpreadsheetApp.newDataValidation()
    .requireValueInRange(stagesSheet.getRange(firstRow, stageColumn, height, 1), true)
    .setAllowInvalid(true)
    .build();
}

function addDropdowns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: SampleTab,
  stageRule: () => GoogleAppsScript.Spreadsheet.DataValidation,
): void {
  const rows = sheet.getMaxRows() - 1;
  const column = (header: string) => tab.header.indexOf(header) + 1;
  if (tab.name === "Leads") {
    sheet.getRange(2, column("Stage"), rows, 1).setDataValidation(stageRule());
    sheet.getRange(2, column("Status"), rows, 1).setDataValidation(dropdown(SAMPLE_STATUSES));
  }
  if (tab.name === "Activities") {
    sheet.getRange(2, column("Type"), rows, 1).setDataValidation(dropdown(SAMPLE_ACTIVITY_TYPES));
  }
}

/**
 * Menu: Set up sample sheet. Creates the Stages, Activity Types, Leads, Activities and Stage
 * History tabs (under the names in settings) with headers, dropdowns and sample rows, but only
 * the tabs that don't exist yet: a user's tab is never touched.
 */
export function setUpSampleSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  settings: Settings,
): SampleSetupResult {
  const offsetAt = createZoneOffset(spreadsheet.getSpreadsheetTimeZone());
  const today = createDayReader(offsetAt)(now);
  const daysAgo = (days: number) => new Date(zoneMidnight(today - days, offsetAt));
  const created: string[] = [];
  const skipped: string[] = [];
  const stageRule = () => stageDropdown(findTab(spreadsheet, settings.tabs.stages), settings);
  for (const tab of buildSampleTabs(daysAgo)) {
    const name = tabNameOf(tab, settings.tabs);
    if (findTab(spreadsheet, name)) {
      skipped.push(name);
      continue;
    }
    const sheet = spreadsheet.insertSheet(name);
    writeTab(sheet, tab);
    addDropdowns(sheet, tab, stageRule);
    created.push(name);
  }
  return { created, skipped };
}
