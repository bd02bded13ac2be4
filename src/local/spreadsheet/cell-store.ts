import type { CellValue } from "./cell-value";
import type { DataValidation } from "./data-validation";
import { GridLayer } from "./grid-layer";

/** Cell formatting kept per cell, with what Sheets answers for a cell never formatted. */
export const STYLE_DEFAULTS = {
  background: "#ffffff",
  fontColor: "#000000",
  fontWeight: "normal",
  fontStyle: "normal",
  fontFamily: "Arial",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  wrap: true,
} as const;

export type StyleName = keyof typeof STYLE_DEFAULTS;
export type StyleValue = string | boolean;

// Enough distinct instants for years of whole days and times; past it the table starts afresh, so a
// sheet of a million distinct timestamps costs no more than it would without sharing.
const MAX_SHARED_DATES = 65_536;

/** Every per-cell layer of one sheet; grid edits (insert/delete rows or columns) move them together. */
export class CellStore {
  readonly values = new GridLayer<CellValue>();
  readonly formulas = new GridLayer<string>();
  readonly formats = new GridLayer<string>();
  readonly notes = new GridLayer<string>();
  readonly validations = new GridLayer<DataValidation>();
  private readonly styles = new Map<StyleName, GridLayer<StyleValue>>();
  private readonly sharedDates = new Map<number, Date>();

  /**
   * The stored Date for an instant, one per instant: a Date costs ~110 bytes and a big table
   * repeats few days. Safe because stored Dates are never handed out nor changed (reads copy).
   */
  storedDate(time: number): Date {
    let date = this.sharedDates.get(time);
    if (date === undefined) {
      if (this.sharedDates.size >= MAX_SHARED_DATES) this.sharedDates.clear();
      date = new Date(time);
      this.sharedDates.set(time, date);
    }
    return date;
  }

  style(name: StyleName): GridLayer<StyleValue> {
    let layer = this.styles.get(name);
    if (layer === undefined) {
      layer = new GridLayer<StyleValue>();
      this.styles.set(name, layer);
    }
    return layer;
  }

  private allLayers(): Array<GridLayer<unknown>> {
    return [this.values, this.formulas, this.formats, this.notes, this.validations, ...this.styles.values()];
  }

  insertRows(at: number, count: number): void {
    for (const layer of this.allLayers()) layer.insertRows(at, count);
  }

  deleteRows(at: number, count: number): void {
    for (const layer of this.allLayers()) layer.deleteRows(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const layer of this.allLayers()) layer.insertColumns(at, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const layer of this.allLayers()) layer.deleteColumns(at, count);
  }

  clearContents(row: number, column: number, numRows: number, numColumns: number): void {
    this.values.clear(row, column, numRows, numColumns);
    this.formulas.clear(row, column, numRows, numColumns);
  }

  clearFormats(row: number, column: number, numRows: number, numColumns: number): void {
    this.formats.clear(row, column, numRows, numColumns);
    for (const layer of this.styles.values()) layer.clear(row, column, numRows, numColumns);
  }

  /** 1-based number of the last row holding a value or formula; 0 when the sheet is empty. */
  lastRow(): number {
    return Math.max(lastFilledRow(this.values), lastFilledRow(this.formulas));
  }

  /** 1-based number of the last column holding a value or formula; 0 when the sheet is empty. */
  lastColumn(): number {
    return Math.max(lastFilledColumn(this.values), lastFilledColumn(this.formulas));
  }
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== "";
}

function lastFilledRow(layer: GridLayer<unknown>): number {
  for (let row = layer.rows.length - 1; row >= 0; row--) {
    const cells = layer.rows[row];
    if (cells?.some(isFilled)) return row + 1;
  }
  return 0;
}

function lastFilledColumn(layer: GridLayer<unknown>): number {
  let last = 0;
  for (const cells of layer.rows) {
    if (cells === undefined) continue;
    for (let column = cells.length - 1; column >= last; column--) {
      if (isFilled(cells[column])) {
        last = column + 1;
        break;
      }
    }
  }
  return last;
}
