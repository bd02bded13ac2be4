import { isBlankCell } from "../../core/tables/is-blank-cell";
import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue, Stage, Status } from "../../core/types";
import { describeCell } from "./describe-cell";

/**
 * A lead's status: the Status cell when it says won / lost / open, else the stage's type (open
 * for an unknown stage). `parsed` is the cell read by parseStatus (a sheet error: "invalid"). A Status that contradicts a Won or Lost stage is reported and wins.
 */
export function readLeadStatus(
  raw: unknown,
  parsed: Status | "blank" | "invalid",
  stage: Stage | undefined,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): Status {
  const stageType = stage === undefined ? "open" : stage.type;
  if (parsed === "blank") return stageType;
  if (parsed === "invalid") {
    if (isBlankCell(raw)) return stageType;
    const problem = isSheetError(raw)
      ? `The cell shows ${String(raw).trim()}`
      : `${describeCell(raw)} is not a status (Open, Won or Lost)`;
    issues.push({ tab, row, column, message: `${problem}; using the stage's type (${stageType}).` });
    return stageType;
  }
  if (stage !== undefined && stageType !== "open" && parsed !== stageType) {
    const message = `Status ${describeCell(raw)} contradicts stage "${stage.name}" (a ${stageType} stage); the Status column wins.`;
    issues.push({ tab, row, column, message });
  }
  return parsed;
}
