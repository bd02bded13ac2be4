import type { Day } from "../../core/types";
import { type DateOrder, parseDay } from "../../core/values/parse-day";
import { describeCell } from "../../sheets/tables/describe-cell";
import { functionError } from "../shared/function-error";

/**
 * The as_of argument as a Day: a date cell (the day it shows, through `readDate`), a date text or
 * a serial number; blank or omitted means today, also through `readDate` (the spreadsheet's zone).
 * @example
 * readAsOf("ACTIVITYPOINTS", "2024-03-01", "MDY", createDayReader("UTC")); // => 19783
 */
export function readAsOf(
  functionName: string,
  raw: unknown,
  dateOrder: DateOrder,
  readDate: (date: Date) => Day,
  today: () => Date = () => new Date(),
): Day {
  if (Array.isArray(raw)) {
    if (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1)
      return readAsOf(functionName, raw[0][0], dateOrder, readDate, today);
    throw functionError(functionName, "argument 'as_of' must be a single date, not a range");
  }
  const day = raw instanceof Date ? readDate(raw) : parseDay(raw, dateOrder);
  if (day === null) return readDate(today());
  if (Number.isNaN(day))
    throw functionError(functionName, `argument 'as_of' is not a date: ${describeCell(raw)}`);
  return day;
}
