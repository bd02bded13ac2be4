import type { CellValue } from "./cell-value";
import { classifyFormatRow, FormatKind } from "./format-kind";
import type { GridLayer, LayerRow } from "./grid-layer";
import { dateToSerial, readTypedValue } from "./read-typed-value";
import { currentValueRealm, HOST_REALM } from "./value-realm";

/** A block of cells, 0-based, as the tight loops below take it. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** The layers a value read needs: the values, and the number formats that type them. */
export interface ValueLayers {
  readonly values: GridLayer<CellValue>;
  readonly formats: GridLayer<string>;
}

/**
 * Copies a block of cell values out: blanks become "", dates are fresh Date objects, and a cell's
 * number format types its value as Sheets does (see readTypedValue). The grid is built in the
 * current value realm (the script's, during a vm call), so it is the only copy made.
 */
export function readValueBlock(cells: ValueLayers, block: CellBlock, timeZone: string): CellValue[][] {
  const { Array: GridArray, Date: GridDate, newRow } = currentValueRealm();
  const { numRows, numColumns, column } = block;
  const grid: CellValue[][] = new GridArray(numRows);
  let sharedFormats: LayerRow<string> | undefined;
  let kinds: Uint8Array | null = null;
  for (let r = 0; r < numRows; r++) {
    const values = cells.values.rows[block.row + r];
    const formats = cells.formats.rows[block.row + r];
    // Rows alike share one format row: classify it once per run of rows, not once per row.
    if (formats !== sharedFormats) {
      sharedFormats = formats;
      kinds = formats === undefined ? null : classifyFormatRow(formats);
    }
    const line = newRow(numColumns) as CellValue[];
    if (values === undefined) {
      for (let c = 0; c < numColumns; c++) line[c] = "";
    } else if (kinds === null) {
      for (let c = 0; c < numColumns; c++) {
        const value = values[column + c];
        line[c] =
          value === undefined ? "" : typeof value === "object" ? new GridDate(value.getTime()) : value;
      }
    } else {
      for (let c = 0; c < numColumns; c++) {
        const value = values[column + c];
        const kind = kinds[column + c];
        // Only a number under a date format or a date under a number format changes type.
        if (value === undefined) line[c] = "";
        else if (typeof value === "object")
          line[c] =
            kind === FormatKind.number ? dateToSerial(value, timeZone) : new GridDate(value.getTime());
        else line[c] = kind === FormatKind.date ? readTypedValue(value, kind, timeZone, GridDate) : value;
      }
    }
    grid[r] = line;
  }
  return grid;
}

/**
 * Copies a block of any layer out, `fallback` standing in for cells never set. Only layers of
 * strings and booleans may pass `inValueRealm` (a layer of service objects must reach a script
 * through the bridge, which wraps them).
 */
export function readLayerBlock<T>(
  layer: GridLayer<T>,
  block: CellBlock,
  fallback: T,
  inValueRealm = false,
): T[][] {
  const realm = inValueRealm ? currentValueRealm() : HOST_REALM;
  const grid: T[][] = new realm.Array(block.numRows);
  for (let r = 0; r < block.numRows; r++) {
    const cells = layer.rows[block.row + r];
    const line = realm.newRow(block.numColumns) as T[];
    for (let c = 0; c < block.numColumns; c++) line[c] = cells?.[block.column + c] ?? fallback;
    grid[r] = line;
  }
  return grid;
}

/** Writes one value of any layer into every cell of a block. */
export function fillLayerBlock<T>(layer: GridLayer<T>, block: CellBlock, value: T | undefined): void {
  const line = new Array<T | undefined>(block.numColumns).fill(value);
  writeSharedRows(layer, block, () => line);
}

/** Writes a grid (already checked to fit the block) into a layer. */
export function writeLayerBlock<T>(
  layer: GridLayer<T>,
  block: CellBlock,
  grid: ReadonlyArray<ReadonlyArray<T | undefined>>,
): void {
  writeSharedRows(layer, block, (r) => grid[r] ?? []);
}

/**
 * Writes a block into a layer whose rows are mostly alike (formats, styles, notes, validations):
 * a row that comes out equal to the row written just before it shares that row's frozen array, so
 * a number format set on a million rows costs one row, not a million.
 */
function writeSharedRows<T>(
  layer: GridLayer<T>,
  block: CellBlock,
  lineAt: (r: number) => ReadonlyArray<T | undefined>,
): void {
  const end = block.column + block.numColumns;
  let previous: LayerRow<T> | undefined;
  for (let r = 0; r < block.numRows; r++) {
    const row = block.row + r;
    const old = layer.rows[row];
    const line = lineAt(r);
    if (old === undefined && isBlankLine(line, block.numColumns)) continue;
    const width = Math.max(end, old?.length ?? 0);
    if (previous === undefined || !rowEquals(previous, width, old, line, block.column, end)) {
      const cells = HOST_REALM.newRow(width) as Array<T | undefined>;
      for (let c = 0; c < width; c++)
        cells[c] = c >= block.column && c < end ? line[c - block.column] : old?.[c];
      previous = Object.freeze(cells);
    }
    layer.rows[row] = previous;
  }
}

function isBlankLine<T>(line: ReadonlyArray<T | undefined>, length: number): boolean {
  for (let c = 0; c < length; c++) if (line[c] !== undefined) return false;
  return true;
}

/** True when `old` overwritten by `line` at `start`…`end` would equal `shared`, cell for cell. */
function rowEquals<T>(
  shared: LayerRow<T>,
  width: number,
  old: LayerRow<T> | undefined,
  line: ReadonlyArray<T | undefined>,
  start: number,
  end: number,
): boolean {
  if (shared.length !== width) return false;
  for (let c = 0; c < width; c++) {
    const cell = c >= start && c < end ? line[c - start] : old?.[c];
    if (cell !== shared[c]) return false;
  }
  return true;
}
