import type { Day } from "../../core/types";
import type { ActivityWindow } from "./activity-window";
import type { ActivityTypeIndex } from "./index-activity-types";
import type { LeadIndex } from "./index-leads";

/** 0-based columns of an activities grid; -1 for an absent optional column. */
export interface ActivityColumns {
  readonly leadId: number;
  readonly type: number;
  readonly date: number;
  readonly completed: number;
}

/** Cell readers for the rare text cells (numbers, booleans and Dates never reach them). */
export interface ActivityCellReaders {
  readonly readDay: (raw: unknown) => Day | null;
  readonly readCompleted: (raw: unknown) => boolean | null;
}

const OUTSIDE = 0;
const INSIDE = 1;
const UNDATED = 2;

/**
 * Counted activity points per lead slot (SPEC §2.4, window rule), after Max Per Stage caps.
 * Counted = not marked undone, and dated within the window, or undated and marked done.
 * Formula: Σ uncapped points + Σ over capped types min(type's points, its cap).
 * @example
 * // a Call (3) and a Meeting (5) in the window for lead slot 0 → Float64Array [8]
 */
export function sumActivityPoints(
  grid: readonly (readonly unknown[])[],
  firstRow: number,
  columns: ActivityColumns,
  leads: LeadIndex,
  types: ActivityTypeIndex,
  window: ActivityWindow,
  readers: ActivityCellReaders,
): Float64Array {
  const totals = new Float64Array(leads.leadCount);
  const cappedTotals: Float64Array[] = [];
  for (let rowIndex = firstRow; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex] as readonly unknown[];
    // Cheap tests first: most rows of a long history fall outside the window, and the ID
    // lookup (a hash probe into a large table) is the costliest step of a row.
    const completed = columns.completed < 0 ? null : readCompleted(row[columns.completed], readers);
    if (completed === false) continue;
    const placement = columns.date < 0 ? UNDATED : placeDate(row[columns.date], window, readers);
    if (placement === OUTSIDE || (placement === UNDATED && completed !== true)) continue;
    const leadSlot = leads.findSlot(row[columns.leadId]);
    if (leadSlot < 0) continue;
    const typeSlot = types.findSlot(row[columns.type]);
    if (typeSlot < 0) continue;
    const capSlot = types.capSlot[typeSlot] as number;
    const points = types.points[typeSlot] as number;
    if (capSlot < 0) {
      totals[leadSlot] = (totals[leadSlot] as number) + points;
    } else {
      while (cappedTotals.length <= capSlot) cappedTotals.push(new Float64Array(leads.leadCount));
      const typeTotals = cappedTotals[capSlot] as Float64Array;
      typeTotals[leadSlot] = (typeTotals[leadSlot] as number) + points;
    }
  }
  addCappedTotals(totals, cappedTotals, types.caps);
  return totals;
}

function readCompleted(raw: unknown, readers: ActivityCellReaders): boolean | null {
  if (raw === true || raw === false) return raw;
  if (raw === "") return null;
  return readers.readCompleted(raw);
}

function placeDate(raw: unknown, window: ActivityWindow, readers: ActivityCellReaders): number {
  if (raw instanceof Date) {
    const time = raw.getTime();
    // An invalid Date (NaN) fails both comparisons, so it lands OUTSIDE.
    return time >= window.startTime && time < window.endTime ? INSIDE : OUTSIDE;
  }
  if (raw === "" || raw === null || raw === undefined) return UNDATED;
  const day = readers.readDay(raw);
  if (day === null) return UNDATED;
  return day >= window.firstDay && day <= window.lastDay ? INSIDE : OUTSIDE;
}

function addCappedTotals(
  totals: Float64Array,
  cappedTotals: readonly Float64Array[],
  caps: readonly number[],
): void {
  for (let capSlot = 0; capSlot < cappedTotals.length; capSlot++) {
    const typeTotals = cappedTotals[capSlot] as Float64Array;
    const cap = caps[capSlot] as number;
    for (let leadSlot = 0; leadSlot < typeTotals.length; leadSlot++) {
      totals[leadSlot] = (totals[leadSlot] as number) + Math.min(typeTotals[leadSlot] as number, cap);
    }
  }
}
