import { findColumns } from "../../core/tables/find-columns";
import { findHeaderRow } from "../../core/tables/find-header-row";
import type { TableSpec } from "../../core/tables/table-spec";
import type { TableOptions } from "./table-options";

/** Where a table sits in its grid: its columns, their headers, and the rows under the header. */
export interface TableLayout<Field extends string> {
  readonly columns: Readonly<Record<Field, number>>;
  readonly headerText: Readonly<Record<Field, string>>;
  /** Index (0-based) of the first row under the header. */
  readonly firstRow: number;
  /** The indexes of the columns found, to tell a blank row from a partly filled one. */
  readonly usedColumns: readonly number[];
}

/** Finds the header (first non-empty row) and the columns of `spec` in a grid; throws MISSING_COLUMN. */
export function locateTable<Field extends string>(
  grid: readonly (readonly unknown[])[],
  spec: TableSpec<Field>,
  options: TableOptions,
): TableLayout<Field> {
  const headerIndex = findHeaderRow(grid);
  const headerRow = headerIndex >= 0 ? (grid[headerIndex] as readonly unknown[]) : [];
  const { columns, headerText } = findColumns(headerRow, spec, options.mapping, options.tab);
  const usedColumns = Object.values<number>(columns).filter((index) => index >= 0);
  return { columns, headerText, firstRow: headerIndex + 1, usedColumns };
}
