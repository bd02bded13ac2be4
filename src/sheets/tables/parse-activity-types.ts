import { TABLE_SPECS } from "../../core/tables/table-specs";
import type { ActivityType, DataIssue } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { cellAt } from "./cell-at";
import { isBlankRow } from "./is-blank-row";
import { locateTable } from "./locate-table";
import { readAmountCell } from "./read-amount-cell";
import { readTextCell } from "./read-text-cell";
import type { ParsedTable, TableOptions } from "./table-options";

/**
 * Parses the Activity Types tab. Duplicate types: the first row wins. Negative or unreadable
 * Points count as 0 (the type stays defined, so its default points do not silently return).
 */
export function parseActivityTypes(
  grid: readonly (readonly unknown[])[],
  options: TableOptions,
): ParsedTable<ActivityType> {
  const { columns, headerText, firstRow, usedColumns } = locateTable(
    grid,
    TABLE_SPECS.activityTypes,
    options,
  );
  const { tab } = options;
  const rows: ActivityType[] = [];
  const issues: DataIssue[] = [];
  const rowByKey = new Map<string, number>();
  for (let index = firstRow; index < grid.length; index += 1) {
    const row = grid[index] as readonly unknown[];
    if (isBlankRow(row, usedColumns)) continue;
    const sheetRow = index + 1;
    const name = readTextCell(row[columns.type], issues, tab, sheetRow, headerText.type);
    const key = normalizeKey(name);
    const firstRowOfKey = rowByKey.get(key);
    if (key === "" || firstRowOfKey !== undefined) {
      const message =
        key === ""
          ? "This row has no activity type; it is skipped."
          : `Activity type "${name}" is already defined on row ${firstRowOfKey}; this row is ignored.`;
      issues.push({ tab, row: sheetRow, column: headerText.type, message });
      continue;
    }
    rowByKey.set(key, sheetRow);
    const points =
      readAmountCell(row[columns.points], issues, tab, sheetRow, headerText.points, "counting 0 points") ?? 0;
    const maxRaw = cellAt(row, columns.maxPerStage);
    const maxPerStage = readAmountCell(
      maxRaw,
      issues,
      tab,
      sheetRow,
      headerText.maxPerStage,
      "no cap applies",
    );
    rows.push({ name, key, points, maxPerStage });
  }
  return { rows, issues };
}
