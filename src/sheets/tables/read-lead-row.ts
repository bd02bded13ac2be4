import { isSheetError } from "../../core/tables/is-sheet-error";
import type { LeadField } from "../../core/tables/table-specs";
import type { DataIssue, Lead } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { cellAt } from "./cell-at";
import type { TableLayout } from "./locate-table";
import type { LeadsOptions } from "./parse-leads";
import { readAmountCell } from "./read-amount-cell";
import { readDayCell } from "./read-day-cell";
import { readLeadStatus } from "./read-lead-status";
import { readPercentCell } from "./read-percent-cell";
import { readTextCell } from "./read-text-cell";

const NO_VALUE = "the lead is counted but adds no value";
const NO_DATE = "the date is left empty";
const NO_PERCENT = "the cell is ignored";

/** One Leads row (with a valid, new Lead ID) as a Lead; bad cells become null and issues. */
export function readLeadRow(
  row: readonly unknown[],
  id: string,
  sheetRow: number,
  layout: TableLayout<LeadField>,
  options: LeadsOptions,
  stageNames: string,
  issues: DataIssue[],
): Lead {
  const { columns, headerText } = layout;
  const { tab, dateOrder } = options;
  const rawStage = row[columns.stage];
  const stage = readTextCell(rawStage, issues, tab, sheetRow, headerText.stage);
  const stageKey = normalizeKey(stage);
  const known = options.stages.get(stageKey);
  // A #N/A stage was reported by readTextCell already.
  if (known === undefined && !isSheetError(rawStage)) {
    const problem =
      stage === "" ? "The lead has no stage" : `Unknown stage "${stage}" (stages: ${stageNames || "none"})`;
    issues.push({
      tab,
      row: sheetRow,
      column: headerText.stage,
      message: `${problem}; the lead is kept but not scored.`,
    });
  }
  return {
    id,
    row: sheetRow,
    name: readTextCell(cellAt(row, columns.name), issues, tab, sheetRow, headerText.name),
    company: readTextCell(cellAt(row, columns.company), issues, tab, sheetRow, headerText.company),
    owner: readTextCell(cellAt(row, columns.owner), issues, tab, sheetRow, headerText.owner),
    stage,
    stageKey,
    value: readAmountCell(cellAt(row, columns.value), issues, tab, sheetRow, headerText.value, NO_VALUE),
    status: readLeadStatus(cellAt(row, columns.status), known, issues, tab, sheetRow, headerText.status),
    created: readDayCell(
      cellAt(row, columns.created),
      dateOrder,
      issues,
      tab,
      sheetRow,
      headerText.created,
      NO_DATE,
    ),
    expectedClose: readDayCell(
      cellAt(row, columns.expectedClose),
      dateOrder,
      issues,
      tab,
      sheetRow,
      headerText.expectedClose,
      NO_DATE,
    ),
    closed: readDayCell(
      cellAt(row, columns.closed),
      dateOrder,
      issues,
      tab,
      sheetRow,
      headerText.closed,
      NO_DATE,
    ),
    confidenceOverride: readPercentCell(
      cellAt(row, columns.confidenceOverride),
      issues,
      tab,
      sheetRow,
      headerText.confidenceOverride,
      NO_PERCENT,
    ),
    initialConfidence: readPercentCell(
      cellAt(row, columns.initialConfidence),
      issues,
      tab,
      sheetRow,
      headerText.initialConfidence,
      NO_PERCENT,
    ),
  };
}
