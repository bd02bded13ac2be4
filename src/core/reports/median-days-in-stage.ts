import type { StageChange } from "../types";
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
  const leadIndex = new Map(leadIds.map((id, index) => [id, index]));
  const owner = new Int32Array(history.length).fill(-1);
  const starts = new Int32Array(leadIds.length + 1);
  history.forEach((change, position) => {
    const index = leadIndex.get(change.leadId);
    if (index === undefined) return;
    owner[position] = index;
    starts[index + 1] = (starts[index + 1] as number) + 1;
  });
  for (let index = 0; index < leadIds.length; index += 1)
    starts[index + 1] = (starts[index + 1] as number) + (starts[index] as number);
  const filled = starts.slice(0, leadIds.length);
  const byLead = new Int32Array(starts[leadIds.length] as number);
  owner.forEach((index, position) => {
    if (index < 0) return;
    byLead[filled[index] as number] = position;
    filled[index] = (filled[index] as number) + 1;
  });
  const durations: number[][] = Array.from({ length: stageCount }, () => []);
  for (let index = 0; index < leadIds.length; index += 1) {
    const rows = byLead.subarray(starts[index], starts[index + 1]);
    sortByDay(rows, history);
    for (let at = 0; at + 1 < rows.length; at += 1) {
      const change = history[rows[at] as number] as StageChange;
      const stage = openIndexOf.get(change.stageKey);
      const next = history[rows[at + 1] as number] as StageChange;
      if (stage !== undefined) durations[stage]?.push(next.day - change.day);
    }
  }
  return durations.map(median);
}

/** Insertion sort of one lead's row positions by day (stable: equal days keep sheet order); a lead has few rows. */
function sortByDay(rows: Int32Array, history: readonly StageChange[]): void {
  for (let at = 1; at < rows.length; at += 1) {
    const position = rows[at] as number;
    const day = (history[position] as StageChange).day;
    let hole = at;
    while (hole > 0 && (history[rows[hole - 1] as number] as StageChange).day > day) {
      rows[hole] = rows[hole - 1] as number;
      hole -= 1;
    }
    rows[hole] = position;
  }
}
