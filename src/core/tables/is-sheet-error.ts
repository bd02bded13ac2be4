// What getValues() returns for a cell whose formula failed.
const SHEET_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#ERROR!",
  "#SPILL!",
  "#CALC!",
]);

/**
 * Whether a cell holds a spreadsheet error value such as `#N/A` or `#REF!`.
 * @example
 * isSheetError("#N/A"); // => true
 * isSheetError("#1 account"); // => false
 */
export function isSheetError(value: unknown): boolean {
  return typeof value === "string" && value.charCodeAt(0) === 35 /* # */ && SHEET_ERRORS.has(value.trim());
}
