import { normalizeKey } from "../../core/values/normalize-key";

/** The tab named `name`, matched exactly first, then ignoring case and extra spaces; null when none. */
export function findTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const exact = spreadsheet.getSheetByName(name);
  if (exact !== null) return exact;
  const key = normalizeKey(name);
  return spreadsheet.getSheets().find((sheet) => normalizeKey(sheet.getName()) === key) ?? null;
}
