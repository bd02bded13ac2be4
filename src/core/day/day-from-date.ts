import type { Day } from "../types";
import { dayFromParts } from "./day-from-parts";

/**
 * The local calendar day of a Date (what the spreadsheet shows), as days since 1970-01-01.
 * Formula: Date.UTC(getFullYear, getMonth, getDate) / 86 400 000; NaN for an invalid Date.
 * @example
 * dayFromDate(new Date(2024, 2, 1, 23, 30)); // => 19783
 */
export function dayFromDate(date: Date): Day {
  return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
