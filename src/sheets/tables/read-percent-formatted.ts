import type { TableSpec } from "../../core/tables/table-spec";
import { locateTable } from "./locate-table";
import type { TableOptions } from "./table-options";

type Grid = unknown[][];

/**
 * Reads the grid's percent columns as the user sees them. Sheets stores a typed "150%" as the
 * number 1.5 with a percent format, which SPEC §1's number rule ((1, 100] is a percent) would read
 * as 1.5 %; so in a percent-formatted cell a number outside [0, 1] is rewritten as the percentage
 * it shows ("150%"), and the parser reports it as over 100 %. One getNumberFormats per percent
 * column present, whatever the row count; numbers inside [0, 1] read the same either way.
 */
export function readPercentFormatted<Field extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: Grid,
  spec: TableSpec<Field>,
  percentFields: readonly Field[],
  options: TableOptions,
): Grid {
  if (grid.length === 0) return grid;
  const { columns } = locateTable(grid, spec, options);
  for (const field of percentFields) {
    const column = columns[field];
    if (column < 0) continue;
    const formats = sheet.getRange(1, column + 1, grid.length, 1).getNumberFormats();
    for (let index = 0; index < grid.length; index++) {
      const row = grid[index] as unknown[];
      const value = row[column];
      if (typeof value !== "number" || (value >= 0 && value <= 1)) continue;
      if (formats[index]?.[0]?.includes("%")) row[column] = `${Math.round(value * 1e6) / 1e4}%`;
    }
  }
  return grid;
}
