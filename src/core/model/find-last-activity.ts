import type { Activity, Day } from "../types";

/**
 * The day of a lead's last completed activity at asOf, in any stage: the latest Date ≤ asOf of
 * an activity whose Completed is true or blank (blank means done once dated). null when none.
 * @example
 * findLastActivity([{ day: 10, completed: true }, { day: 25, completed: null }], 20); // => 10
 */
export function findLastActivity(
  activities: readonly Pick<Activity, "day" | "completed">[],
  asOf: Day,
): Day | null {
  let lastActivity: Day | null = null;
  for (const activity of activities) {
    const day = activity.day;
    if (activity.completed === false || day === null || day > asOf) continue;
    if (lastActivity === null || day > lastActivity) lastActivity = day;
  }
  return lastActivity;
}
