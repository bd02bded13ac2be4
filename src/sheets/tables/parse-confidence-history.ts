import { isBlankCell } from "../../core/tables/is-blank-cell";
import { isSheetError } from "../../core/tables/is-sheet-error";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { ConfidenceSnapshot, DataIssue, Status } from "../../core/types";
import { parseStatus } from "../../core/values/parse-status";
import { cellAt } from "./cell-at";
import { describeCell } from "./describe-cell";
import { isBlankRow } from "./is-blank-row";
import { locateTable } from "./locate-table";
import { readAmountCell } from "./read-amount-cell";
import { readDayCell } from "./read-day-cell";
import { readKnownLeadId } from "./read-known-lead-id";
import { readPercentCell } from "./read-percent-cell";
import { readTextCell } from "./read-text-cell";
import type { ParsedTable, TableOptions } from "./table-options";

/** What parseConfidenceHistory needs besides the grid: the Lead IDs that exist. */
export interface ConfidenceHistoryOptions extends TableOptions {
  readonly leadIds: ReadonlySet<string>;
}

const SKIPPED = "the row is skipped";

/** Parses the Confidence History tab; rows for unknown leads or without a date or confidence are skipped. */
export function parseConfidenceHistory(
  grid: readonly (readonly unknown[])[],
  options: ConfidenceHistoryOptions,
): ParsedTable<ConfidenceSnapshot> {
  const { columns, headerText, firstRow, usedColumns } = locateTable(
    grid,
    TABLE_SPECS.confidenceHistory,
    options,
  );
  const { tab, dateOrder, readDay } = options;
  const rows: ConfidenceSnapshot[] = [];
  const issues: DataIssue[] = [];
  for (let index = firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    if (isBlankRow(row, usedColumns)) continue;
    const sheetRow = index + 1;
    const leadId = readKnownLeadId(
      row[columns.leadId],
      options.leadIds,
      issues,
      tab,
      sheetRow,
      headerText.leadId,
    );
    if (leadId === null) continue;
    const rawDay = row[columns.snapshotDate];
    const rawConfidence = row[columns.confidence];
    const day = readDayCell(
      rawDay,
      dateOrder,
      readDay,
      issues,
      tab,
      sheetRow,
      headerText.snapshotDate,
      SKIPPED,
    );
    const confidence = readPercentCell(rawConfidence, issues, tab, sheetRow, headerText.confidence, SKIPPED);
    if (isBlankCell(rawDay) || isBlankCell(rawConfidence)) {
      const column = isBlankCell(rawDay) ? headerText.snapshotDate : headerText.confidence;
      issues.push({ tab, row: sheetRow, column, message: `The cell is blank; ${SKIPPED}.` });
    }
    if (day === null || confidence === null) continue;
    const stage = readTextCell(cellAt(row, columns.stage), issues, tab, sheetRow, headerText.stage);
    const value = readAmountCell(
      cellAt(row, columns.value),
      issues,
      tab,
      sheetRow,
      headerText.value,
      "left empty",
    );
    const status = readSnapshotStatus(cellAt(row, columns.status), issues, tab, sheetRow, headerText.status);
    rows.push({ day, leadId, confidence, stage: stage === "" ? null : stage, value, status });
  }
  return { rows, issues };
}

function readSnapshotStatus(
  raw: unknown,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): Status | null {
  const parsed = isSheetError(raw) ? "invalid" : parseStatus(raw);
  if (parsed === "blank") return null;
  if (parsed !== "invalid") return parsed;
  if (isBlankCell(raw)) return null;
  const problem = isSheetError(raw)
    ? `The cell shows ${String(raw).trim()}`
    : `${describeCell(raw)} is not a status`;
  issues.push({ tab, row, column, message: `${problem}; left empty.` });
  return null;
}
