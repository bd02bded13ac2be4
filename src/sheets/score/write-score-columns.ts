import type { DataIssue, Lead, LeadScore } from "../../core/types";
import { toCellText } from "../write/cell-text";
import { applyConfidenceColours } from "./apply-confidence-colours";
import { ensureOwnedColumns } from "./ensure-owned-columns";

/** Where the Leads table sits: its header row (1-based) and the header cells. */
export interface LeadsHeader {
  readonly headerRow: number;
  readonly header: readonly unknown[];
}

type Columns = { confidence: number; explanation: number };

/**
 * Each data row's Confidence and Explanation cells: the lead's score; for a row the reader
 * skipped, its data issue as the Explanation; blank where nothing came from that row.
 */
function buildCells(
  leads: readonly Lead[],
  scores: readonly LeadScore[],
  leadsIssues: readonly DataIssue[],
  firstRow: number,
  rowCount: number,
): Array<[unknown, unknown]> {
  const cells = new Array<[unknown, unknown]>(rowCount);
  leads.forEach((lead, position) => {
    const score = scores[position];
    const index = lead.row - firstRow;
    if (score === undefined || index < 0 || index >= rowCount) return;
    cells[index] = [score.confidence ?? "", toCellText(score.explanation)];
  });
  for (const issue of leadsIssues) {
    const index = issue.row - firstRow;
    if (index >= 0 && index < rowCount && cells[index] === undefined)
      cells[index] = ["", toCellText(`Not scored: ${issue.message}`)];
  }
  for (let index = 0; index < rowCount; index++) cells[index] ??= ["", ""];
  return cells;
}

// Sheets' own Leads columns are never written: only the two owned ones. Side by side (as the
// add-on creates them) they take one block; moved apart, one block each.
function writeCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  columns: Columns,
  cells: Array<[unknown, unknown]>,
): void {
  if (cells.length === 0) return;
  if (columns.explanation === columns.confidence + 1) {
    sheet.getRange(firstRow, columns.confidence, cells.length, 2).setValues(cells);
    return;
  }
  const confidences = cells.map((pair) => [pair[0]]);
  sheet.getRange(firstRow, columns.confidence, cells.length, 1).setValues(confidences);
  const explanations = cells.map((pair) => [pair[1]]);
  sheet.getRange(firstRow, columns.explanation, cells.length, 1).setValues(explanations);
}

/**
 * Score leads' write: Confidence (a fraction formatted as %) and Explanation into the add-on's
 * own Leads columns, row by row where each lead came from. A row the reader skipped (a repeated
 * Lead ID, no Lead ID) gets its data issue as the Explanation, so the blank Confidence says why;
 * every other row of those columns (blank rows) is cleared. No other column is touched.
 */
export function writeScoreColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: LeadsHeader,
  leads: readonly Lead[],
  scores: readonly LeadScore[],
  hotThreshold: number,
  leadsIssues: readonly DataIssue[],
): Columns {
  const columns = ensureOwnedColumns(sheet, layout.headerRow, layout.header);
  const firstRow = layout.headerRow + 1;
  const rowCount = Math.max(0, sheet.getLastRow() - layout.headerRow);
  writeCells(sheet, firstRow, columns, buildCells(leads, scores, leadsIssues, firstRow, rowCount));
  if (rowCount > 0) sheet.getRange(firstRow, columns.confidence, rowCount, 1).setNumberFormat("0%");
  applyConfidenceColours(sheet, columns.confidence, firstRow, hotThreshold);
  return columns;
}
