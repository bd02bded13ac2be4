import { isBlankCell } from "../../core/tables/is-blank-cell";
import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue, Status } from "../../core/types";
import { parseStatus } from "../../core/values/parse-status";
import { describeCell } from "./describe-cell";

const TYPE_NAMES: Readonly<Record<Status, string>> = { open: "Open", won: "Won", lost: "Lost" };

/** A stage's type from its Type cell, else from its name (`*won*` → won, `*lost*` → lost, else open). */
export function readStageType(
  raw: unknown,
  stageKey: string,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): Status {
  const parsed = isSheetError(raw) ? "invalid" : parseStatus(raw);
  if (parsed !== "blank" && parsed !== "invalid") return parsed;
  const inferred = inferStageType(stageKey);
  if (parsed === "invalid" && !isBlankCell(raw)) {
    const problem = isSheetError(raw)
      ? `The cell shows ${String(raw).trim()}`
      : `${describeCell(raw)} is not a stage type (Open, Won or Lost)`;
    issues.push({
      tab,
      row,
      column,
      message: `${problem}; the stage is typed ${TYPE_NAMES[inferred]} from its name.`,
    });
  }
  return inferred;
}

/** The type a stage name implies: "Closed Won" → won, "Lost" / "Disqualified" → lost, else open. */
export function inferStageType(stageKey: string): Status {
  if (stageKey.includes("won")) return "won";
  if (stageKey.includes("lost")) return "lost";
  const parsed = parseStatus(stageKey);
  return parsed === "won" || parsed === "lost" ? parsed : "open";
}
