import { isBlankCell } from "../../core/tables/is-blank-cell";

/** Whether every one of `columns` is blank in `row` (other columns are the user's own notes). */
export function isBlankRow(row: readonly unknown[], columns: readonly number[]): boolean {
  for (let index = 0; index < columns.length; index += 1) {
    if (!isBlankCell(row[columns[index] as number])) return false;
  }
  return true;
}
