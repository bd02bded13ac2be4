import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue } from "../../core/types";
import { normalizeId } from "../../core/values/normalize-id";

/** A history row's Lead ID when a lead has it; null (and an issue: the row is skipped) otherwise. */
export function readKnownLeadId(
  raw: unknown,
  leadIds: ReadonlySet<string>,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): string | null {
  const leadId = isSheetError(raw) ? "" : normalizeId(raw);
  if (leadIds.has(leadId)) return leadId;
  const problem = isSheetError(raw)
    ? `The Lead ID shows ${String(raw).trim()}`
    : leadId === ""
      ? "The row has no Lead ID"
      : `No lead has ID "${leadId}" in the Leads tab`;
  issues.push({ tab, row, column, message: `${problem}; the row is skipped.` });
  return null;
}
