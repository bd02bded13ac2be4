import type { Cell, CellValue as ExcelValue } from "exceljs";
import { type CellValue, fromWallClock, toWallClock } from "../spreadsheet";

/** A loaded cell: its value (undefined = blank) and its formula, if any. */
export interface LoadedCell {
  readonly value: CellValue | undefined;
  readonly formula: string | undefined;
}

/**
 * exceljs reads a date serial as the UTC instant whose UTC fields are the wall clock; the sheet
 * wants the instant that wall clock shows in the spreadsheet's time zone.
 */
export function dateFromXlsx(date: Date, timeZone: string): Date {
  return fromWallClock(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      millisecond: date.getUTCMilliseconds(),
    },
    timeZone,
  );
}

/** The reverse of dateFromXlsx: the wall clock in the spreadsheet's zone, encoded as UTC for exceljs. */
export function dateToXlsx(date: Date, timeZone: string): Date {
  const wall = toWallClock(date, timeZone);
  return new Date(
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond),
  );
}

function readPlain(value: ExcelValue, timeZone: string): CellValue | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) return dateFromXlsx(value, timeZone);
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("text" in value) return String(value.text);
  return undefined;
}

/** A cell as the sheet holds it: a formula cell keeps Excel's cached result as its value. */
export function readXlsxCell(cell: Cell, timeZone: string): LoadedCell {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Date) &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const formulaText = cell.formula;
    const result = "result" in value ? (value.result as ExcelValue) : undefined;
    return {
      value: readPlain(result ?? null, timeZone),
      formula: formulaText ? `=${formulaText}` : undefined,
    };
  }
  return { value: readPlain(value, timeZone), formula: undefined };
}

/** The exceljs value for a sheet cell (formula with its cached value when there is one). */
export function toXlsxValue(
  value: CellValue | undefined,
  formula: string | undefined,
  timeZone: string,
): ExcelValue {
  const plain = value === undefined ? null : typeof value === "object" ? dateToXlsx(value, timeZone) : value;
  if (formula === undefined) return plain;
  return plain === null || plain === ""
    ? { formula: formula.slice(1), date1904: false }
    : { formula: formula.slice(1), result: plain, date1904: false };
}
