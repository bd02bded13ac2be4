import type { Day } from "../types";

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Local midnight of a Day, the Date a spreadsheet cell holding that date returns.
 * Formula: new Date(y, m, d) where y-m-d is the UTC calendar date of day × 86 400 000 ms.
 * @example
 * dateFromDay(19783).getDate(); // => 1 (2024-03-01)
 */
export function dateFromDay(day: Day): Date {
  const utc = new Date(day * MILLISECONDS_PER_DAY);
  const local = new Date(2000, 0, 1);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}
