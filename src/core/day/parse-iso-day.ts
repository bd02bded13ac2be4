import type { Day } from "../types";
import { dayFromParts } from "./day-from-parts";

// Date part only; any time of day (and its zone) after "T" or a space is ignored: the calendar
// date as written is the day the writer meant.
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;

/**
 * The Day of ISO "YYYY-MM-DD" text, optionally followed by a time; null when it is not one.
 * Formula: dayFromParts(YYYY, MM, DD); impossible dates (2023-02-29) → null.
 * @example
 * parseIsoDay("2024-03-01T09:30:00Z"); // => 19783
 */
export function parseIsoDay(text: string): Day | null {
  const match = ISO_DAY.exec(text.trim());
  if (match === null) return null;
  const day = dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  return Number.isNaN(day) ? null : day;
}
