import type { CellBlock } from "./cell-block-io";
import type { CellStore } from "./cell-store";
import type { CellContext, CellValue } from "./cell-value";
import { isPlainText, parseEntry } from "./user-entry";

/** True for Dates from any realm (a script's Date in a `node:vm` context fails `instanceof Date`). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Writes script values the way Sheets stores them: numbers, booleans and dates as they are,
 * strings read like typed input (formulas, apostrophes, numbers, percents, dates), null and
 * undefined as blanks. A cell formatted as plain text ("@") keeps strings as text. The grid may
 * come straight from a script's realm: every cell is copied, nothing of it is kept.
 */
export function writeValueBlock(
  store: CellStore,
  block: CellBlock,
  grid: ReadonlyArray<ReadonlyArray<unknown>>,
  context: CellContext,
): void {
  const end = block.column + block.numColumns;
  for (let r = 0; r < block.numRows; r++) {
    const row = block.row + r;
    const values = store.values.writableRow(row, end);
    if (store.formulas.rows[row] !== undefined)
      clearCells(store.formulas.writableRow(row, 0), block.column, end);
    const line = grid[r] ?? [];
    for (let c = 0; c < block.numColumns; c++) {
      const input = line[c];
      if (typeof input === "number" || typeof input === "boolean") values[block.column + c] = input;
      else if (input === null || input === undefined) values[block.column + c] = undefined;
      else if (typeof input === "string" && isPlainText(input)) values[block.column + c] = input;
      else values[block.column + c] = readInput(store, row, block.column + c, input, context);
    }
  }
}

function clearCells(cells: unknown[], from: number, to: number): void {
  const last = Math.min(to, cells.length);
  for (let column = from; column < last; column++) cells[column] = undefined;
}

/** A Date or text cell: dates copied, text read as typed (which may set a formula or format). */
function readInput(
  store: CellStore,
  row: number,
  column: number,
  input: unknown,
  context: CellContext,
): CellValue | undefined {
  if (isDate(input)) return store.storedDate(input.getTime());
  const text = typeof input === "string" ? input : String(input);
  const format = store.formats.get(row, column);
  if (format === "@") return text === "" ? undefined : text;
  const entry = parseEntry(text, context);
  if (entry.formula !== undefined) store.formulas.set(row, column, entry.formula);
  if (entry.format !== undefined && format === undefined) store.formats.set(row, column, entry.format);
  if (typeof entry.value === "object") return store.storedDate(entry.value.getTime());
  return entry.value === "" ? undefined : entry.value;
}
