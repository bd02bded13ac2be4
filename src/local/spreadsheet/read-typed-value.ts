import type { CellValue } from "./cell-value";
import { FormatKind } from "./format-kind";
import { fromWallClock, serialToWallClock, toWallClock, wallClockToSerial } from "./zoned-time";

/**
 * A cell value as getValues hands it over under a format of `kind`: a number under a date format
 * is the instant its serial's wall clock shows in `timeZone` (serial 46000 at midnight), a date
 * under a number format is its serial number (days since 1899-12-30, time as the fraction).
 * Dates come out as new objects of `GridDate` (the realm the grid is built in).
 * @example readTypedValue(45292, FormatKind.date, "UTC", Date) // => new Date("2024-01-01T00:00:00Z")
 */
export function readTypedValue(
  value: CellValue,
  kind: FormatKind,
  timeZone: string,
  GridDate: DateConstructor,
): CellValue {
  if (typeof value === "number") {
    return kind === FormatKind.date && Number.isFinite(value)
      ? new GridDate(fromWallClock(serialToWallClock(value), timeZone).getTime())
      : value;
  }
  if (typeof value !== "object") return value;
  if (kind === FormatKind.number) return dateToSerial(value, timeZone);
  return new GridDate(value.getTime());
}

/**
 * A date as the serial number of the wall clock it shows in `timeZone`.
 * @example dateToSerial(new Date(Date.UTC(2024, 0, 1, 12)), "UTC") // => 45292.5
 */
export function dateToSerial(date: Date, timeZone: string): number {
  return wallClockToSerial(toWallClock(date, timeZone));
}
