/**
 * One attribute of every cell of a sheet (values, formulas, number formats, a style…), stored as
 * dense rows so a million-row read is one tight loop. Rows never written stay `undefined`, so an
 * attribute nobody uses costs nothing. Coordinates are 0-based.
 */
export class GridLayer<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
  }

  /** The row's cells, created when absent (for writers that fill a whole block). */
  ensureRow(row: number): Array<T | undefined> {
    let cells = this.rows[row];
    if (cells === undefined) {
      cells = [];
      this.rows[row] = cells;
    }
    return cells;
  }

  clear(row: number, column: number, numRows: number, numColumns: number): void {
    const lastRow = Math.min(row + numRows, this.rows.length);
    for (let r = row; r < lastRow; r++) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      const lastColumn = Math.min(column + numColumns, cells.length);
      for (let c = column; c < lastColumn; c++) cells[c] = undefined;
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    const tail = this.rows.splice(at);
    this.rows.length = at + count;
    for (const cells of tail) this.rows.push(cells);
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    const gap = new Array<T | undefined>(count).fill(undefined);
    for (const cells of this.rows) {
      if (cells !== undefined && cells.length > at) cells.splice(at, 0, ...gap);
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) {
      if (cells !== undefined && cells.length > at) cells.splice(at, count);
    }
  }

  /** Calls `visit` for every cell holding a value, in row order. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((cells, row) => {
      cells?.forEach((value, column) => {
        if (value !== undefined) visit(value, row, column);
      });
    });
  }
}
