import { isBlankCell } from "../../core/tables/is-blank-cell";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { DataIssue, StageChange } from "../../core/types";
import { cellAt } from "./cell-at";
import { createStageReader } from "./create-stage-reader";
import { isBlankRow } from "./is-blank-row";
import { locateTable } from "./locate-table";
import { readDayCell } from "./read-day-cell";
import { readKnownLeadId } from "./read-known-lead-id";
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
  const { tab, dateOrder, readDay, leadIds } = options;
  const rows: StageChange[] = [];
  const issues: DataIssue[] = [];
  const readStage = createStageReader(options.stages);
  let previousId: string | null = null;
  for (let index = firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    const sheetRow = index + 1;
    const rawId = row[columns.leadId];
    // An ID written exactly as in Leads is already trimmed and known: no copy, no second lookup;
    // a lead's rows often sit together and then share one ID string (later passes compare pointers).
    let leadId = previousId !== null && rawId === previousId ? previousId : null;
    if (leadId === null && typeof rawId === "string" && leadIds.has(rawId)) {
      leadId = rawId;
      previousId = rawId;
    }
    if (leadId === null) {
      if (isBlankRow(row, usedColumns)) continue;
      leadId = readKnownLeadId(rawId, leadIds, issues, tab, sheetRow, headerText.leadId);
      if (leadId === null) continue;
    }
    const { stage, stageKey, known } = readStage(row[columns.stage], issues, tab, sheetRow, headerText.stage);
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
    let day: number | null = rawDate instanceof Date ? readDay(rawDate) : Number.NaN;
    if (Number.isNaN(day)) {
      if (isBlankCell(rawDate)) {
        issues.push({
          tab,
          row: sheetRow,
          column: headerText.date,
          message: `The row has no date; ${SKIPPED}.`,
        });
        continue;
      }
      day = readDayCell(rawDate, dateOrder, readDay, issues, tab, sheetRow, headerText.date, SKIPPED);
      if (day === null) continue;
    }
    if (known === undefined) {
      const message = `Unknown stage "${stage}"; the row is kept but its stage is ignored.`;
      issues.push({ tab, row: sheetRow, column: headerText.stage, message });
    }
    const rawFrom = cellAt(row, columns.fromStage);
    const fromStage = readStage(rawFrom, issues, tab, sheetRow, headerText.fromStage).stage;
    rows.push({ leadId, stage, stageKey, day, fromStage: fromStage === "" ? null : fromStage });
  }
  return { rows, issues };
}
