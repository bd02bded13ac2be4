import type { Day, StageChange } from "../types";

/**
 * The day a lead last entered a stage: the latest Stage History row of that stage, or null.
 * @example
 * findStageEntry([{ stageKey: "proposal", day: 10 }, { stageKey: "proposal", day: 40 }], "proposal"); // => 40
 */
export function findStageEntry(
  history: readonly Pick<StageChange, "stageKey" | "day">[],
  stageKey: string,
): Day | null {
  let entry: Day | null = null;
  for (const change of history) {
    if (change.stageKey === stageKey && (entry === null || change.day > entry)) entry = change.day;
  }
  return entry;
}
