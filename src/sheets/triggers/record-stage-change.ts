import { findColumns } from "../../core/tables/find-columns";
import { findHeaderRow } from "../../core/tables/find-header-row";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import { normalizeKey } from "../../core/values/normalize-key";
import { loadSettings } from "../settings/load-settings";
import type { Settings } from "../settings/settings-schema";
import { findTab } from "../tables/find-tab";
import { appendStageHistory, type StageHistoryEntry } from "./append-stage-history";

// The header is almost always on row 1; a few title rows above it are tolerated.
const HEADER_SEARCH_ROWS = 5;

/**
 * onEdit: when Stage cells of the Leads tab change, appends (Lead ID, Stage, Date, From Stage)
 * to Stage History so history builds itself. Any other edit returns after reading the tab name
 * and the settings: onEdit runs on every keystroke-commit in the spreadsheet.
 */
export function recordStageChange(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = event.range;
  const sheet = range.getSheet();
  const { settings } = loadSettings(PropertiesService.getDocumentProperties());
  // The tab is found as the readers find it (case and spaces aside); the name test costs no call.
  if (normalizeKey(sheet.getName()) !== normalizeKey(settings.tabs.leads)) return;
  if (findTab(event.source, settings.tabs.leads)?.getSheetId() !== sheet.getSheetId()) return;
  const top = sheet
    .getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, sheet.getMaxRows()), sheet.getMaxColumns())
    .getValues();
  const headerIndex = findHeaderRow(top);
  if (headerIndex < 0) return;
  const { columns } = findColumns(
    top[headerIndex] ?? [],
    TABLE_SPECS.leads,
    settings.columns.leads,
    settings.tabs.leads,
  );
  const stageColumn = columns.stage + 1;
  const firstRow = Math.max(range.getRow(), headerIndex + 2);
  const lastRow = range.getRow() + range.getNumRows() - 1;
  if (stageColumn < range.getColumn() || stageColumn > range.getLastColumn() || firstRow > lastRow) return;
  const block = { firstRow, lastRow, stageColumn, leadIdColumn: columns.leadId + 1 };
  const singleCell = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const entries = singleCell
    ? collectEntries(event, sheet, block)
    : dropUnchanged(collectEntries(event, sheet, block), event.source, settings);
  if (entries.length > 0) {
    appendStageHistory(event.source, settings.tabs.stageHistory, entries, settings.columns.stageHistory);
  }
}

interface EditedBlock {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly stageColumn: number;
  readonly leadIdColumn: number;
}

function collectEntries(
  event: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  block: EditedBlock,
): StageHistoryEntry[] {
  const rowCount = block.lastRow - block.firstRow + 1;
  const stages = sheet.getRange(block.firstRow, block.stageColumn, rowCount, 1).getValues();
  const leadIds = sheet.getRange(block.firstRow, block.leadIdColumn, rowCount, 1).getValues();
  // Sheets gives oldValue only for a single-cell edit; a pasted block has no From Stage.
  const singleCell = event.range.getNumRows() === 1 && event.range.getNumColumns() === 1;
  const fromStage = singleCell && event.oldValue !== undefined ? String(event.oldValue) : "";
  const date = new Date();
  const entries: StageHistoryEntry[] = [];
  for (let index = 0; index < rowCount; index++) {
    const stage = String(stages[index]?.[0] ?? "").trim();
    const leadId = String(leadIds[index]?.[0] ?? "").trim();
    if (stage === "" || leadId === "" || stage === fromStage.trim()) continue;
    entries.push({ leadId, stage, date, fromStage });
  }
  return entries;
}

/**
 * A pasted or filled block has no old values: a row whose stage is the lead's latest stage in
 * Stage History did not change and is not logged again (logging it would restart the lead's
 * time in its stage, and with it the activities that count). Leads without history are logged.
 */
function dropUnchanged(
  entries: StageHistoryEntry[],
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): StageHistoryEntry[] {
  if (entries.length === 0) return entries;
  const history = findTab(spreadsheet, settings.tabs.stageHistory);
  if (history === null || history.getLastRow() === 0) return entries;
  const grid = history.getDataRange().getValues();
  const headerIndex = findHeaderRow(grid.slice(0, HEADER_SEARCH_ROWS));
  if (headerIndex < 0) return entries;
  let columns: { leadId: number; stage: number; date: number };
  try {
    columns = findColumns(
      grid[headerIndex] ?? [],
      TABLE_SPECS.stageHistory,
      settings.columns.stageHistory,
      settings.tabs.stageHistory,
    ).columns;
  } catch {
    return entries;
  }
  const latest = latestStages(grid.slice(headerIndex + 1), columns);
  return entries.filter((entry) => latest.get(entry.leadId.trim()) !== normalizeKey(entry.stage));
}

/** Each lead's latest stage key in Stage History rows: the latest date, later rows winning ties. */
function latestStages(
  rows: readonly (readonly unknown[])[],
  columns: { leadId: number; stage: number; date: number },
): Map<string, string> {
  const latest = new Map<string, { stage: string; time: number }>();
  for (const row of rows) {
    const leadId = String(row[columns.leadId] ?? "").trim();
    if (leadId === "") continue;
    const date = row[columns.date];
    const time = date instanceof Date ? date.getTime() : Number.NEGATIVE_INFINITY;
    const known = latest.get(leadId);
    if (known === undefined || time >= known.time) {
      latest.set(leadId, { stage: normalizeKey(String(row[columns.stage] ?? "")), time });
    }
  }
  return new Map([...latest].map(([leadId, { stage }]) => [leadId, stage]));
}
