import type { StageChange } from "../types";
import { type HistoryIndex, indexHistory } from "./index-history";
import { median } from "./median";

/**
 * Per open stage, the median days from a Stage History row entering it to the same lead's next
 * row; a row with no later row (the lead is still there) does not count. Null where no row counts.
 * Rows are bucketed by lead (a counting sort, O(h)), then ordered by day and sheet order within a lead.
 * @example
 * medianDaysInStage(history, openIndexOf, 3, leadIds); // => [12, 20.5, null]
 */
export function medianDaysInStage(
  history: readonly StageChange[],
  openIndexOf: ReadonlyMap<string, number>,
  stageCount: number,
  leadIds: readonly string[],
): (number | null)[] {
  const positionOf = new Map(leadIds.map((id, index) => [id, index]));
  const stageIndex = { openStages: [], openIndexOf, typeOf: new Map() };
  const indexed = indexHistory(history, positionOf, stageIndex);
  return medianDaysByPosition(history, indexed, leadIds.length, stageCount);
}

/**
 * medianDaysInStage from history already indexed against the leads (`leadCount` of them).
 * @example
 * medianDaysByPosition(history, indexHistory(history, positionOf, stageIndex), 10, 3); // => [12, 20.5, null]
 */
export function medianDaysByPosition(
  history: readonly StageChange[],
  indexed: HistoryIndex,
  leadCount: number,
  stageCount: number,
): (number | null)[] {
  const { positions, openIndexes } = indexed;
  const starts = new Int32Array(leadCount + 1);
  for (let row = 0; row < positions.length; row += 1) {
    const position = positions[row] as number;
    if (position >= 0) starts[position + 1] = (starts[position + 1] as number) + 1;
  }
  for (let position = 0; position < leadCount; position += 1)
    starts[position + 1] = (starts[position + 1] as number) + (starts[position] as number);
  const filled = starts.slice(0, leadCount);
  const byLead = new Int32Array(starts[leadCount] as number);
  for (let row = 0; row < positions.length; row += 1) {
    const position = positions[row] as number;
    if (position < 0) continue;
    byLead[filled[position] as number] = row;
    filled[position] = (filled[position] as number) + 1;
  }
  const durations: number[][] = Array.from({ length: stageCount }, () => []);
  for (let position = 0; position < leadCount; position += 1) {
    const end = starts[position + 1] as number;
    sortByDay(byLead, starts[position] as number, end, history);
    for (let at = starts[position] as number; at + 1 < end; at += 1) {
      const stage = openIndexes[byLead[at] as number] as number;
      if (stage < 0) continue;
      const day = (history[byLead[at] as number] as StageChange).day;
      durations[stage]?.push((history[byLead[at + 1] as number] as StageChange).day - day);
    }
  }
  return durations.map(median);
}

/** Insertion sort of rows[start … end) by day (stable: equal days keep sheet order); a lead has few rows. */
function sortByDay(rows: Int32Array, start: number, end: number, history: readonly StageChange[]): void {
  for (let at = start + 1; at < end; at += 1) {
    const position = rows[at] as number;
    const day = (history[position] as StageChange).day;
    let hole = at;
    while (hole > start && (history[rows[hole - 1] as number] as StageChange).day > day) {
      rows[hole] = rows[hole - 1] as number;
      hole -= 1;
    }
    rows[hole] = position;
  }
}
