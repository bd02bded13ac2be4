/** What a cell holds, as Apps Script reads it: a blank cell reads as "". */
export type CellValue = string | number | boolean | Date;

/** The spreadsheet settings that decide how text is read and values are shown. */
export interface CellContext {
  readonly locale: string;
  readonly timeZone: string;
}

/** A copy of a cell value, so no caller ever shares a Date with the sheet. */
export function copyCellValue(value: CellValue | undefined): CellValue {
  if (value === undefined) return "";
  return typeof value === "object" ? new Date(value.getTime()) : value;
}
