import { isSheetError } from "../../core/tables/is-sheet-error";
import type { LeadField } from "../../core/tables/table-specs";
import type { DataIssue, Day, Lead, Status } from "../../core/types";
import { parseStatus } from "../../core/values/parse-status";
import { cellAt } from "./cell-at";
import { createStageReader } from "./create-stage-reader";
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

/** Reads one Leads row (with a valid, new Lead ID) as a Lead; bad cells become null and issues. */
export type LeadReader = (row: readonly unknown[], id: string, sheetRow: number, issues: DataIssue[]) => Lead;

/**
 * A LeadReader for one read of the Leads tab. Stage and Status columns repeat a few words, so
 * each distinct text is parsed once; Date cells go through one day reader.
 */
export function createLeadReader(
  layout: TableLayout<LeadField>,
  options: LeadsOptions,
  stageNames: string,
): LeadReader {
  const { columns, headerText } = layout;
  const { tab, dateOrder, readDay } = options;
  const readStage = createStageReader(options.stages);
  const statusByText = new Map<string, Status | "blank" | "invalid">();
  const readStatusText = (raw: unknown): Status | "blank" | "invalid" => {
    if (typeof raw !== "string") return parseStatus(raw);
    let parsed = statusByText.get(raw);
    if (parsed === undefined) {
      parsed = isSheetError(raw) ? "invalid" : parseStatus(raw);
      statusByText.set(raw, parsed);
    }
    return parsed;
  };
  const readDate = (raw: unknown, sheetRow: number, column: string, issues: DataIssue[]): Day | null => {
    const day = raw instanceof Date ? readDay(raw) : Number.NaN;
    return Number.isNaN(day)
      ? readDayCell(raw, dateOrder, readDay, issues, tab, sheetRow, column, NO_DATE)
      : day;
  };
  return (row, id, sheetRow, issues) => {
    const rawStage = row[columns.stage];
    const { stage, stageKey, known } = readStage(rawStage, issues, tab, sheetRow, headerText.stage);
    // A #N/A stage was reported by readTextCell already.
    if (known === undefined && !isSheetError(rawStage)) {
      const problem =
        stage === "" ? "The lead has no stage" : `Unknown stage "${stage}" (stages: ${stageNames || "none"})`;
      const message = `${problem}; the lead is kept but not scored.`;
      issues.push({ tab, row: sheetRow, column: headerText.stage, message });
    }
    const rawStatus = cellAt(row, columns.status);
    const parsedStatus = readStatusText(rawStatus);
    return {
      id,
      row: sheetRow,
      name: readTextCell(cellAt(row, columns.name), issues, tab, sheetRow, headerText.name),
      company: readTextCell(cellAt(row, columns.company), issues, tab, sheetRow, headerText.company),
      owner: readTextCell(cellAt(row, columns.owner), issues, tab, sheetRow, headerText.owner),
      stage,
      stageKey,
      value: readAmountCell(cellAt(row, columns.value), issues, tab, sheetRow, headerText.value, NO_VALUE),
      status: readLeadStatus(rawStatus, parsedStatus, known, issues, tab, sheetRow, headerText.status),
      created: readDate(cellAt(row, columns.created), sheetRow, headerText.created, issues),
      expectedClose: readDate(cellAt(row, columns.expectedClose), sheetRow, headerText.expectedClose, issues),
      closed: readDate(cellAt(row, columns.closed), sheetRow, headerText.closed, issues),
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
  };
}
