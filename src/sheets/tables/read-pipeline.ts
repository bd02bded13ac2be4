import { PipelineError } from "../../core/pipeline-error";
import { findHeaderRow } from "../../core/tables/find-header-row";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { Lead, Pipeline } from "../../core/types";
import { createDayReader } from "../dates/create-day-reader";
import { createZoneOffset } from "../dates/create-zone-offset";
import type { Settings } from "../settings/settings-schema";
import { dateOrderForLocale } from "./date-order-for-locale";
import { findTab } from "./find-tab";
import { parseActivities } from "./parse-activities";
import { parseActivityTypes } from "./parse-activity-types";
import { parseConfidenceHistory } from "./parse-confidence-history";
import { parseLeads } from "./parse-leads";
import { parseStageHistory } from "./parse-stage-history";
import { parseStages } from "./parse-stages";
import { readMoneyFormat } from "./read-money-format";
import { readPercentFormatted } from "./read-percent-formatted";
import type { ParsedTable } from "./table-options";

type Grid = unknown[][];

const STAGE_PERCENTS = ["confidence", "maxConfidence"] as const;
const LEAD_PERCENTS = ["confidenceOverride", "initialConfidence"] as const;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The optional tabs a run may leave unread; Leads, Stages and Stage History are always read. */
export type OptionalTable = "activities" | "activityTypes" | "confidenceHistory";

/** What a run reads: which optional tabs, and whether closed leads' activities are kept. */
export interface ReadScope {
  readonly tables: ReadonlySet<OptionalTable>;
  /** False: only open leads' activities are returned; every row is still checked for issues. */
  readonly closedLeadActivities: boolean;
}

/** Every optional tab: what a run that scores leads reads. */
export const ALL_OPTIONAL_TABLES: ReadonlySet<OptionalTable> = new Set([
  "activities",
  "activityTypes",
  "confidenceHistory",
]);

/** A Pipeline as read from the sheet, with the money format the user gave its Value column. */
export interface SheetPipeline extends Pipeline {
  /** The Value column's currency format (see readMoneyFormat), or null. */
  readonly moneyFormat: string | null;
}

/** Everything, every activity. */
export const FULL_READ: ReadScope = { tables: ALL_OPTIONAL_TABLES, closedLeadActivities: true };

/**
 * Reads every input tab (one getValues() each) and parses it into a Pipeline. Leads and Stages
 * must exist (MISSING_TAB otherwise); the other tabs are optional. Dates follow the spreadsheet's
 * locale (en_US: m/d/y, others: d/m/y). An optional tab not in `scope.tables` is neither read
 * nor checked: its rows are empty and it has no issues (a report that does not use Activities
 * skips its million rows).
 */
export function readPipeline(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  scope: ReadScope = FULL_READ,
): SheetPipeline {
  const { tables } = scope;
  const { tabs, columns } = settings;
  const leadsTab = requireTab(spreadsheet, tabs.leads, TABLE_SPECS.leads.defaultTab);
  const stagesTab = requireTab(spreadsheet, tabs.stages, TABLE_SPECS.stages.defaultTab);
  const dateOrder = dateOrderForLocale(spreadsheet.getSpreadsheetLocale());
  // One Date reader for every tab: each day's offset in the spreadsheet's zone is found once.
  const readDay = createDayReader(createZoneOffset(spreadsheet.getSpreadsheetTimeZone()));
  const optionsFor = (sheet: Sheet, mapping: Settings["columns"][keyof Settings["columns"]]) => ({
    tab: sheet.getName(),
    mapping,
    dateOrder,
    readDay,
  });
  const stagesOptions = optionsFor(stagesTab, columns.stages);
  const stagesGrid = readPercentFormatted(
    stagesTab,
    readGrid(stagesTab),
    TABLE_SPECS.stages,
    STAGE_PERCENTS,
    stagesOptions,
  );
  const stages = parseStages(stagesGrid, stagesOptions);
  const stageLookup = new Map(stages.rows.map((stage) => [stage.key, stage]));
  const leadsOptions = { ...optionsFor(leadsTab, columns.leads), stages: stageLookup };
  const leadsGrid = readPercentFormatted(
    leadsTab,
    readGrid(leadsTab),
    TABLE_SPECS.leads,
    LEAD_PERCENTS,
    leadsOptions,
  );
  const leads = parseLeads(leadsGrid, leadsOptions);
  const moneyFormat = readMoneyFormat(leadsTab, leadsGrid, leads.rows, leadsOptions);
  const leadIds = new Set(leads.rows.map((lead) => lead.id));
  const keptLeadIds = scope.closedLeadActivities ? undefined : openLeadIds(leads.rows);
  const optionalTab = (table: OptionalTable) =>
    tables.has(table) ? findTab(spreadsheet, tabs[table]) : null;
  const activitiesTab = optionalTab("activities");
  const activities = parseOptional(activitiesTab, (grid, sheet) =>
    parseActivities(grid, { ...optionsFor(sheet, columns.activities), leadIds, keptLeadIds }),
  );
  const activityTypesTab = optionalTab("activityTypes");
  const activityTypes = parseOptional(activityTypesTab, (grid, sheet) =>
    parseActivityTypes(grid, optionsFor(sheet, columns.activityTypes)),
  );
  const stageHistoryTab = findTab(spreadsheet, tabs.stageHistory);
  const stageHistory = parseOptional(stageHistoryTab, (grid, sheet) =>
    parseStageHistory(grid, { ...optionsFor(sheet, columns.stageHistory), leadIds, stages: stageLookup }),
  );
  const confidenceHistoryTab = optionalTab("confidenceHistory");
  const confidenceHistory = parseOptional(confidenceHistoryTab, (grid, sheet) =>
    parseConfidenceHistory(grid, { ...optionsFor(sheet, columns.confidenceHistory), leadIds }),
  );
  return {
    leads: leads.rows,
    stages: stages.rows,
    activities: activities.rows,
    activityTypes: activityTypes.rows,
    stageHistory: stageHistory.rows,
    hasStageHistory: stageHistoryTab !== null,
    confidenceHistory: confidenceHistory.rows,
    moneyFormat,
    issues: [stages, leads, activities, activityTypes, stageHistory, confidenceHistory].flatMap(
      (table) => table.issues,
    ),
  };
}

function openLeadIds(leads: readonly Lead[]): Set<string> {
  const ids = new Set<string>();
  for (const lead of leads) if (lead.status === "open") ids.add(lead.id);
  return ids;
}

function requireTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  label: string,
): Sheet {
  const sheet = findTab(spreadsheet, name);
  if (sheet !== null) return sheet;
  const names = spreadsheet.getSheets().map((tab) => tab.getName());
  throw new PipelineError(
    "MISSING_TAB",
    `No tab named "${name}" (tabs: ${names.join(", ") || "none"}). Create it or set the ${label} tab name in settings.`,
  );
}

function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues();
}

/** An optional tab's rows: none when the tab is absent or entirely empty. */
function parseOptional<Row>(
  sheet: Sheet | null,
  parse: (grid: Grid, sheet: Sheet) => ParsedTable<Row>,
): ParsedTable<Row> {
  if (sheet === null) return { rows: [], issues: [] };
  const grid = readGrid(sheet);
  return findHeaderRow(grid) < 0 ? { rows: [], issues: [] } : parse(grid, sheet);
}
