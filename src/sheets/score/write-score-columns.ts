import type { Lead, LeadScore } from "../../core/types";
import { toCellText } from "../write/cell-text";
import { applyConfidenceColours } from "./apply-confidence-colours";
import { ensureOwnedColumns } from "./ensure-owned-columns";

/** Where the Leads table sits: its header row (1-based) and the header cells. */
export interface LeadsHeader {
  readonly headerRow: number;
  readonly header: readonly unknown[];
}

// Sheets' own Leads columns are never written: only the two owned ones, each in one block.
function writeColumn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  column: number,
  values: unknown[][],
): void {
  if (values.length > 0) sheet.getRange(firstRow, column, values.length, 1).setValues(values);
}

/**
 * Score leads' write: Confidence (a fraction formatted as %) and Explanation into the add-on's
 * own Leads columns, row by row where each lead came from; every other row of those columns
 * (blank rows, rejected duplicates) is cleared. No other column is touched.
 */
export function writeScoreColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: LeadsHeader,
  leads: readonly Lead[],
  scores: readonly LeadScore[],
  hotThreshold: number,
): { confidence: number; explanation: number } {
  const columns = ensureOwnedColumns(sheet, layout.headerRow, layout.header);
  const firstRow = layout.headerRow + 1;
  const rowCount = Math.max(0, sheet.getLastRow() - layout.headerRow);
  const confidences: unknown[][] = new Array(rowCount);
  const explanations: unknown[][] = new Array(rowCount);
  leads.forEach((lead, position) => {
    const score = scores[position];
    const index = lead.row - firstRow;
    if (score === undefined || index < 0 || index >= rowCount) return;
    confidences[index] = [score.confidence ?? ""];
    explanations[index] = [toCellText(score.explanation)];
  });
  // Rows no lead came from are cleared; filled afterwards so a scored row allocates one cell each.
  for (let index = 0; index < rowCount; index++) {
    if (confidences[index] === undefined) confidences[index] = [""];
    if (explanations[index] === undefined) explanations[index] = [""];
  }
  writeColumn(sheet, firstRow, columns.confidence, confidences);
  writeColumn(sheet, firstRow, columns.explanation, explanations);
  if (rowCount > 0) sheet.getRange(firstRow, columns.confidence, rowCount, 1).setNumberFormat("0%");
  applyConfidenceColours(sheet, columns.confidence, firstRow, hotThreshold);
  return columns;
}
