import type { Day } from "../types";

/** A span of whole days, both ends included. */
export interface Period {
  readonly start: Day;
  readonly end: Day;
}

/**
 * Whether a day falls in a period (both ends included).
 * @example
 * isInPeriod(19_790, { start: 19_783, end: 19_813 }); // => true
 */
export function isInPeriod(day: Day, period: Period): boolean {
  return day >= period.start && day <= period.end;
}
