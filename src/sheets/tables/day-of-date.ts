import { dayFromDate } from "../../core/day/day-from-date";
import type { Day } from "../../core/types";

const FIRST_YEAR = 1900;
const YEARS = 300;
// Day by (year, month, day of month) for 1900–2199: a date column of a million rows holds a few
// thousand distinct days, and Date.UTC per cell costs more than reading this table.
let dayByParts: Float64Array | null = null;

/** dayFromDate, memoized by calendar date (the mapping never changes, so one table serves all calls). */
export function dayOfDate(date: Date): Day {
  const year = date.getFullYear();
  if (!(year >= FIRST_YEAR && year < FIRST_YEAR + YEARS)) return dayFromDate(date);
  dayByParts ??= new Float64Array(YEARS * 12 * 32).fill(Number.NaN);
  const slot = ((year - FIRST_YEAR) * 12 + date.getMonth()) * 32 + date.getDate();
  const cached = dayByParts[slot] as number;
  if (!Number.isNaN(cached)) return cached;
  const day = dayFromDate(date);
  dayByParts[slot] = day;
  return day;
}
