import { isSheetError } from "../../core/tables/is-sheet-error";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { DataIssue, Lead } from "../../core/types";
import { normalizeId } from "../../core/values/normalize-id";
import { createLeadReader } from "./create-lead-reader";
import { isBlankRow } from "./is-blank-row";
import { locateTable } from "./locate-table";
import type { ParsedTable, StageLookup, TableOptions } from "./table-options";

/** What parseLeads needs besides the grid: the stages, to match each lead's stage and type. */
export interface LeadsOptions extends TableOptions {
  readonly stages: StageLookup;
}

/**
 * Parses the Leads tab. Rows without a Lead ID are skipped; duplicate IDs: the first row wins.
 * Bad cells become null (and an issue); a lead in an unknown stage is kept, unscored downstream.
 */
export function parseLeads(grid: readonly (readonly unknown[])[], options: LeadsOptions): ParsedTable<Lead> {
  const layout = locateTable(grid, TABLE_SPECS.leads, options);
  const { tab } = options;
  const idColumn = layout.columns.leadId;
  const idHeader = layout.headerText.leadId;
  const rows: Lead[] = [];
  const issues: DataIssue[] = [];
  const rowById = new Map<string, number>();
  const readLead = createLeadReader(layout, options, listStageNames(options.stages));
  for (let index = layout.firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    if (isBlankRow(row, layout.usedColumns)) continue;
    const sheetRow = index + 1;
    const rawId = row[idColumn];
    const id = isSheetError(rawId) ? "" : normalizeId(rawId);
    if (id === "") {
      const problem = isSheetError(rawId)
        ? `The Lead ID shows ${String(rawId).trim()}`
        : "This row has no Lead ID";
      issues.push({ tab, row: sheetRow, column: idHeader, message: `${problem}; the row is skipped.` });
      continue;
    }
    const firstRow = rowById.get(id);
    if (firstRow !== undefined) {
      const message = `Lead ID "${id}" already appears on row ${firstRow}; this row is skipped.`;
      issues.push({ tab, row: sheetRow, column: idHeader, message });
      continue;
    }
    rowById.set(id, sheetRow);
    rows.push(readLead(row, id, sheetRow, issues));
  }
  return { rows, issues };
}

const STAGES_LISTED = 8;

function listStageNames(stages: StageLookup): string {
  const names = [...stages.values()].map((stage) => stage.name);
  const shown = names.slice(0, STAGES_LISTED).join(", ");
  return names.length > STAGES_LISTED ? `${shown}, …` : shown;
}
