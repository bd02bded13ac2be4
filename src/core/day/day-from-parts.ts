import type { Day } from "../types";

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * The Day of a calendar date given as year, month (1–12) and day of month; NaN when no such date exists.
 * Formula: Date.UTC(year, month − 1, dayOfMonth) / 86 400 000, after checking the month's length.
 * @example
 * dayFromParts(2024, 2, 29); // => 19782
 * dayFromParts(2023, 2, 29); // => NaN
 */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return Number.NaN;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > countDaysInMonth(year, month)) {
    return Number.NaN;
  }
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards keeps them literal.
  if (year >= 0 && year < 100) {
    const date = new Date(Date.UTC(2000, month - 1, dayOfMonth));
    date.setUTCFullYear(year);
    return date.getTime() / MILLISECONDS_PER_DAY;
  }
  return Date.UTC(year, month - 1, dayOfMonth) / MILLISECONDS_PER_DAY;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
