import type { Day } from "../types";

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * A Day as ISO "YYYY-MM-DD" text (years 0–9999).
 * Formula: the UTC calendar date of day × 86 400 000 ms, zero-padded.
 * @example
 * formatDay(19783); // => "2024-03-01"
 */
export function formatDay(day: Day): string {
  const date = new Date(day * MILLISECONDS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const dayOfMonth = date.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}
