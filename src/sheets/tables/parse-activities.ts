import { isBlankCell } from "../../core/tables/is-blank-cell";
import { isSheetError } from "../../core/tables/is-sheet-error";
import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { Activity, DataIssue, Day } from "../../core/types";
import { normalizeId } from "../../core/values/normalize-id";
import { normalizeKey } from "../../core/values/normalize-key";
import { parseCompleted } from "../../core/values/parse-completed";
import { describeCell } from "./describe-cell";
import { locateTable } from "./locate-table";
import { readDayCell } from "./read-day-cell";
import type { ParsedTable, TableOptions } from "./table-options";

/** What parseActivities needs besides the grid: the Lead IDs that exist. */
export interface ActivitiesOptions extends TableOptions {
  readonly leadIds: ReadonlySet<string>;
  /**
   * When given, only these leads' activities are returned; every row is still checked and its
   * issues reported. A run that needs no facts about closed leads keeps only the open ones.
   */
  readonly keptLeadIds?: ReadonlySet<string>;
}

interface InternedType {
  readonly type: string;
  readonly typeKey: string;
}

const SKIPPED = "the activity is skipped";

/**
 * Parses the Activities tab. Rows for unknown or missing leads, without a type, or with a bad
 * date are skipped (an issue each). Future dates are kept: the model ignores them until then.
 * With `keptLeadIds`, good rows of other leads are checked the same way but not returned.
 */
export function parseActivities(
  grid: readonly (readonly unknown[])[],
  options: ActivitiesOptions,
): ParsedTable<Activity> {
  const { columns, headerText, firstRow } = locateTable(grid, TABLE_SPECS.activities, options);
  const { tab, dateOrder, readDay, leadIds, keptLeadIds } = options;
  const { leadId: idColumn, type: typeColumn, date: dateColumn, completed: completedColumn } = columns;
  const rows: Activity[] = [];
  const issues: DataIssue[] = [];
  // A million rows name a handful of types: read each distinct cell once and share its strings.
  const typeByCell = new Map<unknown, InternedType | null>();
  let previousId: unknown = null;
  // Whether the rows' lead is kept, looked up again only when the lead changes.
  let keptId: string | null = null;
  let kept = true;
  for (let index = firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    const rawId = row[idColumn];
    const rawType = row[typeColumn];
    const rawDate = dateColumn < 0 ? "" : row[dateColumn];
    const rawCompleted = completedColumn < 0 ? "" : row[completedColumn];
    // Most IDs are written exactly as in Leads (one lookup, no copy), and a lead's activities
    // often sit together (no lookup at all, and the rows share one ID string, which later
    // passes compare by pointer).
    let leadId = (rawId === previousId ? previousId : rawId) as string;
    if (rawId !== previousId && (typeof rawId !== "string" || !leadIds.has(rawId))) {
      if (isBlankCell(rawId) && isBlankCell(rawType) && isBlankCell(rawDate) && isBlankCell(rawCompleted))
        continue;
      leadId = isSheetError(rawId) ? "" : normalizeId(rawId);
      if (!leadIds.has(leadId)) {
        issues.push({
          tab,
          row: index + 1,
          column: headerText.leadId,
          message: describeUnknownLead(rawId, leadId),
        });
        continue;
      }
    }
    let interned = typeByCell.get(rawType);
    if (interned === undefined) {
      interned = internType(rawType);
      typeByCell.set(rawType, interned);
    }
    if (interned === null) {
      issues.push({ tab, row: index + 1, column: headerText.type, message: describeBadType(rawType) });
      continue;
    }
    const day =
      rawDate instanceof Date
        ? readDay(rawDate)
        : readActivityDay(rawDate, dateOrder, readDay, issues, tab, index + 1, headerText.date);
    if (Number.isNaN(day)) continue;
    if (leadId === rawId) previousId = leadId;
    if (keptLeadIds !== undefined && leadId !== keptId) {
      keptId = leadId;
      kept = keptLeadIds.has(leadId);
    }
    if (!kept) continue;
    const completed = typeof rawCompleted === "boolean" ? rawCompleted : parseCompleted(rawCompleted);
    rows.push({ leadId, type: interned.type, typeKey: interned.typeKey, day, completed });
  }
  return { rows, issues };
}

function internType(raw: unknown): InternedType | null {
  if (isBlankCell(raw) || isSheetError(raw)) return null;
  const type = String(raw).trim();
  return { type, typeKey: normalizeKey(type) };
}

/** The activity's Day: null when undated, NaN (reported) when the cell is not a date. */
function readActivityDay(
  raw: unknown,
  dateOrder: ActivitiesOptions["dateOrder"],
  readDate: (date: Date) => Day,
  issues: DataIssue[],
  tab: string,
  row: number,
  column: string,
): Day | null {
  if (isBlankCell(raw)) return null;
  return readDayCell(raw, dateOrder, readDate, issues, tab, row, column, SKIPPED) ?? Number.NaN;
}

function describeUnknownLead(rawId: unknown, leadId: string): string {
  if (isSheetError(rawId)) return `The Lead ID shows ${String(rawId).trim()}; ${SKIPPED}.`;
  if (leadId === "") return `The activity has no Lead ID; ${SKIPPED}.`;
  return `No lead has ID "${leadId}" in the Leads tab; ${SKIPPED}.`;
}

function describeBadType(rawType: unknown): string {
  if (isSheetError(rawType)) return `The Type shows ${String(rawType).trim()}; ${SKIPPED}.`;
  return isBlankCell(rawType)
    ? `The activity has no type; ${SKIPPED}.`
    : `${describeCell(rawType)} is not an activity type; ${SKIPPED}.`;
}
