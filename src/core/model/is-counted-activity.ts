import type { Activity, Day } from "../types";

/**
 * Whether an activity adds points at asOf (SPEC §2.4): completed (Completed true, or blank and
 * dated ≤ asOf), dated ≤ asOf, and dated ≥ stageEntry when the lead has one, else ≥ windowStart
 * (null = no lower bound). An undated activity counts only when Completed is explicitly true: a
 * blank Completed means "done when Date ≤ asOf", which cannot hold without a date.
 * @example
 * isCountedActivity({ day: 100, completed: null, … }, 120, 30, null); // => true
 */
export function isCountedActivity(
  activity: Pick<Activity, "day" | "completed">,
  asOf: Day,
  windowStart: Day | null,
  stageEntry: Day | null,
): boolean {
  if (activity.completed === false) return false;
  const day = activity.day;
  if (day === null) return activity.completed === true;
  if (day > asOf) return false;
  const start = stageEntry ?? windowStart;
  return start === null || day >= start;
}
