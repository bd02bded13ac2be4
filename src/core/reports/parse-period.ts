import { countDaysInMonth, dayFromParts } from "../day/day-from-parts";
import type { Period } from "./period";

const QUARTER = /^(\d{4})\s*-?\s*q([1-4])$/i;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;

/**
 * A period from text: a quarter "2026-Q4" (also "2026Q4", "2026 q4"), a month "2026-11" or a
 * year "2026"; null for anything else.
 * Formula: quarter n spans months 3n − 2 … 3n; every period runs from its first to its last day.
 * @example
 * parsePeriod("2024-Q1"); // => { start: 19_723, end: 19_813 }
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  const quarter = QUARTER.exec(trimmed);
  if (quarter !== null) {
    const year = Number(quarter[1]);
    const lastMonth = 3 * Number(quarter[2]);
    return monthsPeriod(year, lastMonth - 2, lastMonth);
  }
  const month = MONTH.exec(trimmed);
  if (month !== null) {
    const monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) return null;
    return monthsPeriod(Number(month[1]), monthNumber, monthNumber);
  }
  const year = YEAR.exec(trimmed);
  return year === null ? null : monthsPeriod(Number(year[1]), 1, 12);
}

function monthsPeriod(year: number, firstMonth: number, lastMonth: number): Period {
  return {
    start: dayFromParts(year, firstMonth, 1),
    end: dayFromParts(year, lastMonth, countDaysInMonth(year, lastMonth)),
  };
}
