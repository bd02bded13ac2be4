import { dateFromDay } from "../../core/day/date-from-day";
import type { Day } from "../../core/types";

/** The days an activity may be dated to count: from `firstDay` to `lastDay`, both included. */
export interface ActivityWindow {
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Local midnight starting firstDay, in ms: a Date cell counts from here… */
  readonly startTime: number;
  /** …until local midnight after lastDay (excluded). */
  readonly endTime: number;
}

/**
 * The window rule of SPEC §2.4 for callers without Stage History: as_of − windowDays … as_of.
 * The millisecond bounds let a Date cell be tested with getTime() alone: Sheets' Date cells are
 * local midnights, and comparing against local midnights equals comparing their local days.
 * @example
 * activityWindow(19783, 90).firstDay; // => 19693
 */
export function activityWindow(asOf: Day, windowDays: number): ActivityWindow {
  const firstDay = asOf - windowDays;
  return {
    firstDay,
    lastDay: asOf,
    startTime: dateFromDay(firstDay).getTime(),
    endTime: dateFromDay(asOf + 1).getTime(),
  };
}
