import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { Lead } from "../../core/types";
import { locateTable } from "./locate-table";
import type { TableOptions } from "./table-options";

// A currency sign, or Sheets' bracketed currency ([$€], [$CHF-100C]).
const CURRENCY = /[$€£¥₹₩₽₺₪]|\[\$[^\]]+\]/;

/**
 * The money format the user gave the Leads tab's Value column (the first lead with a number
 * value, one getNumberFormat call), when it shows a currency: reports then show amounts in that
 * currency, not the one the spreadsheet's locale suggests. Null without such a format.
 * @example
 * // Value cells formatted "[$€]#,##0" in an en_US spreadsheet → "[$€]#,##0"
 */
export function readMoneyFormat(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: readonly (readonly unknown[])[],
  leads: readonly Lead[],
  options: TableOptions,
): string | null {
  if (grid.length === 0) return null;
  const column = locateTable(grid, TABLE_SPECS.leads, options).columns.value;
  const lead = leads.find((candidate) => typeof candidate.value === "number");
  if (column === undefined || column < 0 || lead === undefined) return null;
  const format = sheet.getRange(lead.row, column + 1).getNumberFormat();
  return CURRENCY.test(format) ? format : null;
}
