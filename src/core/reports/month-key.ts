import type { Day } from "../types";
import { civilDate } from "./civil-date";

/**
 * The calendar month of a day as "YYYY-MM" (sorts as text in time order).
 * @example
 * monthKey(19_783); // => "2024-03"
 */
export function monthKey(day: Day): string {
  const { year, month } = civilDate(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
