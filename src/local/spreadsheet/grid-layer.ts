import { HOST_REALM } from "./value-realm";

/** One row of a layer as readers see it: shared rows are frozen, so nobody may write through it. */
export type LayerRow<T> = ReadonlyArray<T | undefined>;

/**
 * One attribute of every cell of a sheet (values, formulas, number formats, a style…), stored as
 * dense rows so a million-row read is one tight loop. Rows never written stay `undefined`, so an
 * attribute nobody uses costs nothing. Coordinates are 0-based.
 *
 * Memory is what limits a big sheet, so rows are allocated at their exact width (an array grown
 * slot by slot keeps spare capacity: ~17 slots for a 4-cell row), and layers that are mostly
 * uniform (formats, styles) may share one frozen row between many rows. A frozen row is never
 * written: every writer goes through `writableRow`, which copies it first (copy-on-write).
 */
export class GridLayer<T> {
  rows: Array<LayerRow<T> | undefined> = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    const cells = this.rows[row];
    if (cells === undefined && value === undefined) return;
    // Cell-by-cell writers (an xlsx load) widen their own rows in place: copying the row at every
    // new column would cost a copy per cell.
    if (cells !== undefined && !Object.isFrozen(cells)) (cells as Array<T | undefined>)[column] = value;
    else this.writableRow(row, column + 1)[column] = value;
  }

  /** The row's own cells, at least `width` wide: created, widened or unshared as needed. */
  writableRow(row: number, width: number): Array<T | undefined> {
    const cells = this.rows[row];
    if (cells !== undefined && cells.length >= width && !Object.isFrozen(cells)) {
      return cells as Array<T | undefined>;
    }
    const copy = HOST_REALM.newRow(Math.max(width, cells?.length ?? 0)) as Array<T | undefined>;
    if (cells !== undefined) for (let c = 0; c < cells.length; c++) copy[c] = cells[c];
    this.rows[row] = copy;
    return copy;
  }

  clear(row: number, column: number, numRows: number, numColumns: number): void {
    this.editRows(row, Math.min(row + numRows, this.rows.length), (cells) => {
      const lastColumn = Math.min(column + numColumns, cells.length);
      for (let c = column; c < lastColumn; c++) cells[c] = undefined;
    });
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
    this.editRows(0, this.rows.length, (cells) => {
      if (cells.length > at) cells.splice(at, 0, ...gap);
    });
  }

  deleteColumns(at: number, count: number): void {
    this.editRows(0, this.rows.length, (cells) => {
      if (cells.length > at) cells.splice(at, count);
    });
  }

  /** Calls `visit` for every cell holding a value, in row order. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((cells, row) => {
      cells?.forEach((value, column) => {
        if (value !== undefined) visit(value, row, column);
      });
    });
  }

  /**
   * Applies `edit` to rows `from`…`to` (exclusive). Own rows are edited in place; a shared row is
   * copied, edited and frozen once, and that copy is shared again by every row that shared it.
   */
  private editRows(from: number, to: number, edit: (cells: Array<T | undefined>) => void): void {
    const copies = new Map<LayerRow<T>, LayerRow<T>>();
    for (let row = from; row < to; row++) {
      const cells = this.rows[row];
      if (cells === undefined) continue;
      if (!Object.isFrozen(cells)) {
        edit(cells as Array<T | undefined>);
        continue;
      }
      let copy = copies.get(cells);
      if (copy === undefined) {
        const editable = cells.slice();
        edit(editable);
        copy = Object.freeze(editable);
        copies.set(cells, copy);
      }
      this.rows[row] = copy;
    }
  }
}
