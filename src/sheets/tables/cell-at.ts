/** The cell of `row` at `column`, "" when the column is absent (-1) so it reads as blank. */
export function cellAt(row: readonly unknown[], column: number): unknown {
  return column < 0 ? "" : row[column];
}
