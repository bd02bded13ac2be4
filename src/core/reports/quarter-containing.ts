import { dayFromParts } from "../day/day-from-parts";
import type { Day } from "../types";
import { civilDate } from "./civil-date";
import type { Period } from "./period";

/**
 * The calendar quarter a day falls in: Jan–Mar, Apr–Jun, Jul–Sep or Oct–Dec.
 * Formula: first month = 3·floor((month − 1) / 3) + 1; end = the day before the next quarter starts.
 * @example
 * quarterContaining(19_783); // => { start: 19_723, end: 19_813 } (2024-01-01 … 2024-03-31)
 */
export function quarterContaining(day: Day): Period {
  const { year, month } = civilDate(day);
  const firstMonth = 3 * Math.floor((month - 1) / 3) + 1;
  const start = dayFromParts(year, firstMonth, 1);
  const end =
    firstMonth === 10 ? dayFromParts(year + 1, 1, 1) - 1 : dayFromParts(year, firstMonth + 3, 1) - 1;
  return { start, end };
}
