import { parseIsoDay } from "../../core/day/parse-iso-day";
import { toCellText } from "../write/cell-text";
import type { CellFormat, FormattedValue, ReportCell } from "./report-layout";

/** What a figure that cannot be computed shows instead of NaN, Infinity or a blank. */
export const NOT_COMPUTABLE = "n/a";

/** Days from the Sheets epoch (1899-12-30) to 1970-01-01: a Day plus this is a date serial. */
const SERIAL_OF_EPOCH = 25569;

/** A value ready for Range.setValues, with the number format pattern it is shown in. */
export interface GridCell {
  readonly value: string | number | boolean;
  readonly pattern: string;
}

/** The Sheets number format pattern of each cell format; money comes from the locale. */
export function formatPattern(format: CellFormat, moneyPattern: string): string {
  switch (format) {
    case "text":
      return "@";
    case "integer":
      return "#,##0";
    case "number":
      return "#,##0.00";
    case "money":
      return moneyPattern;
    case "percent":
      return "0%";
    case "fraction":
      return "0.0%";
    case "days":
      return "0.0";
    case "date":
      return "yyyy-mm-dd";
    case "ratio":
      return '0.0"x"';
  }
}

function isFormattedValue(cell: ReportCell): cell is FormattedValue {
  return typeof cell === "object" && cell !== null;
}

/**
 * Turns one report cell into what the sheet gets: null and non-finite numbers become a word,
 * dates become serial numbers (so the spreadsheet's time zone cannot shift them), every string
 * is escaped so it stays text.
 */
export function toGridCell(cell: ReportCell, columnFormat: CellFormat, moneyPattern: string): GridCell {
  const format = isFormattedValue(cell) ? cell.format : columnFormat;
  const value = isFormattedValue(cell) ? cell.value : cell;
  const pattern = formatPattern(format, moneyPattern);
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) {
    return { value: toCellText(NOT_COMPUTABLE), pattern };
  }
  if (format === "date") {
    const day = typeof value === "string" ? parseIsoDay(value) : typeof value === "number" ? value : null;
    if (day !== null) return { value: day + SERIAL_OF_EPOCH, pattern };
  }
  if (typeof value === "string") return { value: toCellText(value), pattern: "@" };
  return { value, pattern };
}
