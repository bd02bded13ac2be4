import { isBlankCell } from "../../core/tables/is-blank-cell";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { DataIssue, StageChange } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { cellAt } from "./cell-at";
import { isBlankRow } from "./is-blank-row";
import { locateTable } from "./locate-table";
import { readDayCell } from "./read-day-cell";
import { readKnownLeadId } from "./read-known-lead-id";
import { readTextCell } from "./read-text-cell";
import type { ParsedTable, StageLookup, TableOptions } from "./table-options";

/** What parseStageHistory needs besides the grid: the Lead IDs and the stages that exist. */
export interface StageHistoryOptions extends TableOptions {
  readonly leadIds: ReadonlySet<string>;
  readonly stages: StageLookup;
}

const SKIPPED = "the row is skipped";

/**
 * Parses the Stage History tab. Rows for unknown leads, without a stage or with no valid date are
 * skipped; a row naming an unknown stage is kept (and reported): the model ignores that stage.
 */
export function parseStageHistory(
  grid: readonly (readonly unknown[])[],
  options: StageHistoryOptions,
): ParsedTable<StageChange> {
  const { columns, headerText, firstRow, usedColumns } = locateTable(grid, TABLE_SPECS.stageHistory, options);
  const { tab, dateOrder } = options;
  const rows: StageChange[] = [];
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
    const stage = readTextCell(row[columns.stage], issues, tab, sheetRow, headerText.stage);
    const stageKey = normalizeKey(stage);
    if (stage === "") {
      issues.push({
        tab,
        row: sheetRow,
        column: headerText.stage,
        message: `The row has no stage; ${SKIPPED}.`,
      });
      continue;
    }
    const rawDate = row[columns.date];
    if (isBlankCell(rawDate)) {
      issues.push({
        tab,
        row: sheetRow,
        column: headerText.date,
        message: `The row has no date; ${SKIPPED}.`,
      });
      continue;
    }
    const day = readDayCell(rawDate, dateOrder, issues, tab, sheetRow, headerText.date, SKIPPED);
    if (day === null) continue;
    if (!options.stages.has(stageKey)) {
      const message = `Unknown stage "${stage}"; the row is kept but its stage is ignored.`;
      issues.push({ tab, row: sheetRow, column: headerText.stage, message });
    }
    const fromStage = readTextCell(
      cellAt(row, columns.fromStage),
      issues,
      tab,
      sheetRow,
      headerText.fromStage,
    );
    rows.push({ leadId, stage, stageKey, day, fromStage: fromStage === "" ? null : fromStage });
  }
  return { rows, issues };
}
