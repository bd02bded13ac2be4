import type { Spreadsheet } from "../../src/local/spreadsheet";

type Grid = unknown[][];

/** The ranges a sheet of formulas would hand the three custom functions, as Sheets passes them. */
export interface CustomFunctionInputs {
  readonly leadIds: Grid;
  readonly stages: Grid;
  readonly values: Grid;
  readonly statuses: Grid;
  readonly overrides: Grid;
  /** Whole tabs, header row included (Activities!A:D, Stages!A:E, 'Activity Types'!A:C). */
  readonly activitiesTable: Grid;
  readonly stagesTable: Grid;
  readonly activityTypesTable: Grid;
  readonly asOf: Date;
}

/**
 * Reads the loaded tabs once, through the host spreadsheet (Date objects, numbers, booleans,
 * "" for blanks), into the arguments of ACTIVITYPOINTS, LEADCONFIDENCE and WEIGHTEDPIPELINE.
 */
export function readCustomFunctionInputs(spreadsheet: Spreadsheet, asOf: Date): CustomFunctionInputs {
  const leads = readTab(spreadsheet, "Leads");
  return {
    leadIds: readColumn(leads, "Lead ID"),
    stages: readColumn(leads, "Stage"),
    values: readColumn(leads, "Value"),
    statuses: readColumn(leads, "Status"),
    overrides: readColumn(leads, "Confidence Override"),
    activitiesTable: readTab(spreadsheet, "Activities"),
    stagesTable: readTab(spreadsheet, "Stages"),
    activityTypesTable: readTab(spreadsheet, "Activity Types"),
    asOf,
  };
}

function readTab(spreadsheet: Spreadsheet, name: string): Grid {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new Error(`bench: the demo workbook has no "${name}" tab`);
  return sheet.getDataRange().getValues();
}

// A column below its header, as a range like C2:C arrives: one single-cell row per lead.
function readColumn(table: Grid, header: string): Grid {
  const column = (table[0] ?? []).indexOf(header);
  if (column < 0) throw new Error(`bench: the Leads tab has no "${header}" column`);
  return table.slice(1).map((row) => [row[column]]);
}
