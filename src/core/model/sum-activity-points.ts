import type { Activity, Day } from "../types";
import { isCountedActivity } from "./is-counted-activity";
import type { ActivityPoints } from "./resolve-activity-points";
import { type ActivityTotal, countType, type TypeCount, totalActivityPoints } from "./total-activity-points";

/**
 * The points of one lead's counted activities (see isCountedActivity), each type capped at its
 * Max Per Stage. Formula: Σ over types of min(count × points, maxPerStage).
 * @example
 * // 2 meetings (5) + 4 emails (1, max 3): min(10, ∞) + min(4, 3)
 * sumActivityPoints(activities, pointsOf, asOf, null, entry).points; // => 13
 */
export function sumActivityPoints(
  activities: readonly Activity[],
  pointsOf: (typeKey: string) => ActivityPoints,
  asOf: Day,
  windowStart: Day | null,
  stageEntry: Day | null,
): ActivityTotal {
  const counts: TypeCount[] = [];
  for (const activity of activities) {
    if (isCountedActivity(activity, asOf, windowStart, stageEntry)) countType(counts, activity.typeKey);
  }
  return totalActivityPoints(counts, pointsOf);
}
