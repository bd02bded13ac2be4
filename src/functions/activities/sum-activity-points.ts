import type { Day } from "../../core/types";
import { readMemo, type TextMemo } from "../shared/memoize-text";
import type { ActivityWindow } from "./activity-window";
import { type ActivityTypeIndex, findTypeSlot } from "./index-activity-types";
import { findLeadSlot, type LeadIndex } from "./index-leads";

/** 0-based columns of an activities grid; -1 for an absent optional column. */
export interface ActivityColumns {
  readonly leadId: number;
  readonly type: number;
  readonly date: number;
  readonly completed: number;
}

/** Cell readers for the rare text cells (numbers, booleans and Dates never reach them). */
export interface ActivityCellReaders {
  readonly days: TextMemo<Day | null>;
  readonly completions: TextMemo<boolean | null>;
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
  const sums: PointSums = { totals: new Float64Array(leads.leadCount), cappedTotals: [] };
  addCountedPoints({ grid, firstRow, columns, window, readers }, leads, types, sums);
  addCappedTotals(sums.totals, sums.cappedTotals, types.caps);
  return sums.totals;
}

/** The activity rows and how to read them. */
interface ActivityScan {
  readonly grid: readonly (readonly unknown[])[];
  readonly firstRow: number;
  readonly columns: ActivityColumns;
  readonly window: ActivityWindow;
  readonly readers: ActivityCellReaders;
}

/** Per-lead sums: uncapped types add into totals, each capped type into its own array. */
interface PointSums {
  readonly totals: Float64Array;
  readonly cappedTotals: Float64Array[];
}

// The loop has a function of its own that ends with it: V8 compiles a long loop while it runs,
// and code after the loop that had not run yet would throw that code away on every call.
function addCountedPoints(
  scan: ActivityScan,
  leads: LeadIndex,
  types: ActivityTypeIndex,
  sums: PointSums,
): void {
  const { grid, columns, window, readers } = scan;
  // Activity logs are mostly grouped by lead (and often by type), so each counted row first
  // compares its cells with the previous counted row's: an equal text skips the hash lookup.
  let lastRawId: unknown;
  let leadSlot = -1;
  let lastRawType: unknown;
  let typeSlot = -1;
  let typeTotals: Float64Array = sums.totals;
  for (let rowIndex = scan.firstRow; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex] as readonly unknown[];
    // Cheap tests first: most rows of a long history fall outside the window.
    const completed = columns.completed < 0 ? null : readCompleted(row[columns.completed], readers);
    if (completed === false) continue;
    const placement = columns.date < 0 ? UNDATED : placeDate(row[columns.date], window, readers);
    if (placement === OUTSIDE || (placement === UNDATED && completed !== true)) continue;
    const rawId = row[columns.leadId];
    if (rawId !== lastRawId) {
      lastRawId = rawId;
      leadSlot = findLeadSlot(leads, rawId);
    }
    if (leadSlot < 0) continue;
    const rawType = row[columns.type];
    if (rawType !== lastRawType) {
      lastRawType = rawType;
      typeSlot = findTypeSlot(types, rawType);
      if (typeSlot >= 0) typeTotals = selectTypeTotals(sums, types, typeSlot);
    }
    if (typeSlot < 0) continue;
    typeTotals[leadSlot] = (typeTotals[leadSlot] as number) + (types.points[typeSlot] as number);
  }
}

/** The array a type's points add into: totals when uncapped, else the type's own sums. */
function selectTypeTotals(sums: PointSums, types: ActivityTypeIndex, typeSlot: number): Float64Array {
  const capSlot = types.capSlot[typeSlot] as number;
  if (capSlot < 0) return sums.totals;
  const { totals, cappedTotals } = sums;
  while (cappedTotals.length <= capSlot) cappedTotals.push(new Float64Array(totals.length));
  return cappedTotals[capSlot] as Float64Array;
}

function readCompleted(raw: unknown, readers: ActivityCellReaders): boolean | null {
  if (raw === true || raw === false) return raw;
  if (raw === "") return null;
  return readMemo(readers.completions, raw);
}

function placeDate(raw: unknown, window: ActivityWindow, readers: ActivityCellReaders): number {
  if (raw instanceof Date) {
    const time = raw.getTime();
    // An invalid Date (NaN) fails both comparisons, so it lands OUTSIDE.
    return time >= window.startTime && time < window.endTime ? INSIDE : OUTSIDE;
  }
  if (raw === "" || raw === null || raw === undefined) return UNDATED;
  const day = readMemo(readers.days, raw);
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
