import type { CellStore } from "./cell-store";
import type { CellContext, CellValue } from "./cell-value";
import type { GridLayer } from "./grid-layer";
import { parseEntry } from "./user-entry";

/** A block of cells, 0-based, as the tight loops below take it. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** Copies a block of cell values out: blanks become "", dates are fresh Date objects. */
export function readValueBlock(layer: GridLayer<CellValue>, block: CellBlock): CellValue[][] {
  const grid = new Array<CellValue[]>(block.numRows);
  for (let r = 0; r < block.numRows; r++) {
    const cells = layer.rows[block.row + r];
    const line = new Array<CellValue>(block.numColumns);
    if (cells === undefined) {
      line.fill("");
    } else {
      for (let c = 0; c < block.numColumns; c++) {
        const value = cells[block.column + c];
        line[c] = value === undefined ? "" : typeof value === "object" ? new Date(value.getTime()) : value;
      }
    }
    grid[r] = line;
  }
  return grid;
}

/** Copies a block of any layer out, `fallback` standing in for cells never set. */
export function readLayerBlock<T>(layer: GridLayer<T>, block: CellBlock, fallback: T): T[][] {
  const grid = new Array<T[]>(block.numRows);
  for (let r = 0; r < block.numRows; r++) {
    const cells = layer.rows[block.row + r];
    const line = new Array<T>(block.numColumns);
    for (let c = 0; c < block.numColumns; c++) line[c] = cells?.[block.column + c] ?? fallback;
    grid[r] = line;
  }
  return grid;
}

/** Writes one value of any layer into every cell of a block. */
export function fillLayerBlock<T>(layer: GridLayer<T>, block: CellBlock, value: T | undefined): void {
  for (let r = 0; r < block.numRows; r++) {
    const cells = value === undefined ? layer.rows[block.row + r] : layer.ensureRow(block.row + r);
    if (cells === undefined) continue;
    for (let c = 0; c < block.numColumns; c++) cells[block.column + c] = value;
  }
}

/** Writes a grid (already checked to fit the block) into a layer. */
export function writeLayerBlock<T>(
  layer: GridLayer<T>,
  block: CellBlock,
  grid: ReadonlyArray<ReadonlyArray<T | undefined>>,
): void {
  for (let r = 0; r < block.numRows; r++) {
    const cells = layer.ensureRow(block.row + r);
    const line = grid[r] ?? [];
    for (let c = 0; c < block.numColumns; c++) cells[block.column + c] = line[c];
  }
}

/** True for Dates from any realm (a script's Date in a `node:vm` context fails `instanceof Date`). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Writes script values the way Sheets stores them: numbers, booleans and dates as they are,
 * strings read like typed input (formulas, apostrophes, numbers, percents, dates), null and
 * undefined as blanks. A cell formatted as plain text ("@") keeps strings as text.
 */
export function writeValueBlock(
  store: CellStore,
  block: CellBlock,
  grid: ReadonlyArray<ReadonlyArray<unknown>>,
  context: CellContext,
): void {
  for (let r = 0; r < block.numRows; r++) {
    const row = block.row + r;
    const values = store.values.ensureRow(row);
    const formulas = store.formulas.rows[row];
    const formats = store.formats.rows[row];
    const line = grid[r] ?? [];
    for (let c = 0; c < block.numColumns; c++) {
      const column = block.column + c;
      const input = line[c];
      if (formulas !== undefined) formulas[column] = undefined;
      if (typeof input === "number" || typeof input === "boolean") {
        values[column] = input;
      } else if (input === null || input === undefined) {
        values[column] = undefined;
      } else if (isDate(input)) {
        values[column] = new Date(input.getTime());
      } else {
        const text = typeof input === "string" ? input : String(input);
        if (formats?.[column] === "@") {
          values[column] = text === "" ? undefined : text;
          continue;
        }
        const entry = parseEntry(text, context);
        values[column] = entry.value === "" ? undefined : entry.value;
        if (entry.formula !== undefined) store.formulas.set(row, column, entry.formula);
        if (entry.format !== undefined && formats?.[column] === undefined)
          store.formats.set(row, column, entry.format);
      }
    }
  }
}
