import { findColumns } from "../../core/tables/find-columns";
import { findHeaderRow } from "../../core/tables/find-header-row";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import { loadSettings } from "../settings/load-settings";
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
  if (sheet.getName() !== settings.tabs.leads) return;
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
  const entries = collectEntries(event, sheet, {
    firstRow,
    lastRow,
    stageColumn,
    leadIdColumn: columns.leadId + 1,
  });
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
