import type { Day } from "../types";

const MILLISECONDS_PER_DAY = 86_400_000;

/** A calendar date as numbers: month 1–12, dayOfMonth 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
}

/**
 * The calendar date of a Day (proleptic Gregorian, no time zone).
 * Formula: the UTC date of day × 86 400 000 ms.
 * @example
 * civilDate(19_783); // => { year: 2024, month: 3, dayOfMonth: 1 }
 */
export function civilDate(day: Day): CivilDate {
  const date = new Date(day * MILLISECONDS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}
