import { dayFromParts } from "../day/day-from-parts";
import type { Day } from "../types";

// A time of day after the date ("3/1/2024 14:00", "2024-03-01T09:30Z") is ignored.
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})\.?(?:[T ].*)?$/;
const NAMED_MONTH_DATE =
  /^(\d{1,2})?[\s\-/.]*([A-Za-z]{3,9})\.?[\s\-/.,]*(\d{1,2})?(?:st|nd|rd|th)?[\s,\-/.]+(\d{2,4})$/;
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * The Day of date text, NaN when it is not a date (see parseDay for the accepted forms).
 * @example
 * parseDayText("3/1/24", "MDY"); // => 19783 (2024-03-01)
 */
export function parseDayText(text: string, dateOrder: "DMY" | "MDY"): Day {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) {
    const first = numeric[1] as string;
    const middle = Number(numeric[3]);
    const last = numeric[4] as string;
    if (first.length === 4)
      return dayFromParts(Number(first), middle, last.length <= 2 ? Number(last) : Number.NaN);
    if (first.length > 2) return Number.NaN;
    const year = readYear(last);
    return dateOrder === "MDY"
      ? dayFromParts(year, Number(first), middle)
      : dayFromParts(year, middle, Number(first));
  }
  return parseNamedMonthText(text);
}

function parseNamedMonthText(text: string): Day {
  const named = NAMED_MONTH_DATE.exec(text);
  if (named === null) return Number.NaN;
  const dayBefore = named[1];
  const dayAfter = named[3];
  // Exactly one day number: "1 Mar 2024" or "Mar 1, 2024", never both or neither.
  if ((dayBefore === undefined) === (dayAfter === undefined)) return Number.NaN;
  const month = readMonth(named[2] as string);
  return dayFromParts(readYear(named[4] as string), month, Number(dayBefore ?? dayAfter));
}

function readMonth(name: string): number {
  // Any prefix of at least three letters ("Mar", "Sept", "March"); "Marchy" is not a month.
  const key = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((monthName) => monthName.startsWith(key));
  return index < 0 ? Number.NaN : index + 1;
}

function readYear(text: string): number {
  if (text.length === 2) return 2000 + Number(text);
  return text.length === 4 ? Number(text) : Number.NaN;
}
