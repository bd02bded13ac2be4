import { isBlankCell } from "../../core/tables/is-blank-cell";
import { type StageField, TABLE_SPECS } from "../../core/tables/table-specs";
import type { DataIssue, Stage } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { cellAt } from "./cell-at";
import { describeCell } from "./describe-cell";
import { isBlankRow } from "./is-blank-row";
import { locateTable, type TableLayout } from "./locate-table";
import { readPercentCell } from "./read-percent-cell";
import { readStageType } from "./read-stage-type";
import { readTextCell } from "./read-text-cell";
import type { ParsedTable, TableOptions } from "./table-options";

interface StageDraft extends Omit<Stage, "order"> {
  readonly sortValue: number;
}

/**
 * Parses the Stages tab into stages in pipeline order (Order column, else row order; `order` is
 * the 1-based position). Duplicate names: the first row wins. Won / Lost stages with a blank
 * Confidence get 100 % / 0 %.
 */
export function parseStages(
  grid: readonly (readonly unknown[])[],
  options: TableOptions,
): ParsedTable<Stage> {
  const layout = locateTable(grid, TABLE_SPECS.stages, options);
  const issues: DataIssue[] = [];
  const drafts: StageDraft[] = [];
  const rowByKey = new Map<string, number>();
  for (let index = layout.firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    if (isBlankRow(row, layout.usedColumns)) continue;
    const draft = readStageRow(row, index + 1, layout, options.tab, issues);
    if (draft === null) continue;
    const firstRow = rowByKey.get(draft.key);
    if (firstRow !== undefined) {
      const message = `Stage "${draft.name}" is already defined on row ${firstRow}; this row is ignored.`;
      issues.push({ tab: options.tab, row: index + 1, column: layout.headerText.stage, message });
      continue;
    }
    rowByKey.set(draft.key, index + 1);
    drafts.push(draft);
  }
  // Array.prototype.sort is stable, so equal or missing Order values keep their row order.
  drafts.sort((first, second) =>
    first.sortValue === second.sortValue ? 0 : first.sortValue - second.sortValue,
  );
  const rows = drafts.map(({ sortValue: _sortValue, ...stage }, position) => ({
    ...stage,
    order: position + 1,
  }));
  return { rows, issues };
}

function readStageRow(
  row: readonly unknown[],
  sheetRow: number,
  layout: TableLayout<StageField>,
  tab: string,
  issues: DataIssue[],
): StageDraft | null {
  const { columns, headerText } = layout;
  const name = readTextCell(row[columns.stage], issues, tab, sheetRow, headerText.stage);
  if (name === "") {
    issues.push({
      tab,
      row: sheetRow,
      column: headerText.stage,
      message: "This row has no stage name; it is skipped.",
    });
    return null;
  }
  const key = normalizeKey(name);
  const type = readStageType(cellAt(row, columns.type), key, issues, tab, sheetRow, headerText.type);
  const confidence = readConfidence(
    row[columns.confidence],
    type,
    issues,
    tab,
    sheetRow,
    headerText.confidence,
  );
  const maxRaw = cellAt(row, columns.maxConfidence);
  const maxConfidence = readPercentCell(
    maxRaw,
    issues,
    tab,
    sheetRow,
    headerText.maxConfidence,
    "the stage has no Max Confidence",
  );
  const sortValue = readOrder(cellAt(row, columns.order), issues, tab, sheetRow, headerText.order);
  return { name, key, confidence, type, maxConfidence, sortValue, row: sheetRow };
}

function readConfidence(
  raw: unknown,
  type: Stage["type"],
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): number | null {
  // A closed stage's confidence is its outcome, so leaving it blank is normal, not a problem.
  if (type !== "open") {
    const closedConfidence = type === "won" ? 1 : 0;
    if (isBlankCell(raw)) return closedConfidence;
    return (
      readPercentCell(raw, issues, tab, row, column, `using ${closedConfidence * 100} %`) ?? closedConfidence
    );
  }
  // An open stage without a usable confidence scores none of its leads (rather than 0 %, which
  // would also cap the stage before it at its base).
  const outcome = "leads at this stage are left unscored";
  if (isBlankCell(raw)) {
    issues.push({ tab, row, column, message: `The stage has no confidence; ${outcome}.` });
    return null;
  }
  return readPercentCell(raw, issues, tab, row, column, outcome);
}

function readOrder(raw: unknown, issues: DataIssue[], tab: string, row: number, column: string): number {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  if (isBlankCell(raw)) return Number.POSITIVE_INFINITY;
  const order = typeof raw === "string" ? Number(raw.trim()) : Number.NaN;
  if (Number.isFinite(order)) return order;
  issues.push({
    tab,
    row,
    column,
    message: `${describeCell(raw)} is not a number; the stage goes after the numbered ones.`,
  });
  return Number.POSITIVE_INFINITY;
}
