import type { Day } from "../../core/types";
import type { ZoneOffset } from "../../sheets/dates/create-zone-offset";
import { zoneMidnight } from "../../sheets/dates/zone-midnight";

/** The days an activity may be dated to count: from `firstDay` to `lastDay`, both included. */
export interface ActivityWindow {
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Midnight starting firstDay in the spreadsheet's zone, in ms: a Date cell counts from here… */
  readonly startTime: number;
  /** …until midnight after lastDay there (excluded). */
  readonly endTime: number;
}

/**
 * The window rule of SPEC §2.4 for callers without Stage History: as_of − windowDays … as_of.
 * The millisecond bounds let a Date cell be tested with getTime() alone: Sheets' Date cells are
 * midnights in the spreadsheet's zone, and comparing against those midnights equals comparing
 * the days the cells show.
 * @example
 * activityWindow(19783, 90, createZoneOffset("UTC")).firstDay; // => 19693
 */
export function activityWindow(asOf: Day, windowDays: number, offsetAt: ZoneOffset): ActivityWindow {
  const firstDay = asOf - windowDays;
  return {
    firstDay,
    lastDay: asOf,
    startTime: zoneMidnight(firstDay, offsetAt),
    endTime: zoneMidnight(asOf + 1, offsetAt),
  };
}
