import { parseA1 } from "./a1-notation";
import { CellStore } from "./cell-store";
import type { CellContext, CellValue } from "./cell-value";
import { Range } from "./range";
import type { Sheet } from "./sheet";
import { SHEETS_MESSAGES } from "./sheets-messages";
import type { Spreadsheet } from "./spreadsheet";
import { COPIES_ARGUMENTS } from "./value-realm";
import { writeValueBlock } from "./write-value-block";

/** Options of Sheet.clear, as in Apps Script. */
export interface SheetClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
}

function checkCount(value: number, message: string): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(message);
}

/**
 * A sheet's grid: its size, ranges on it, and the edits that change its shape. The Sheet class is
 * split into grid → layout → Sheet to keep each file to one idea.
 */
export class SheetGrid {
  readonly cells = new CellStore();

  constructor(
    protected readonly spreadsheet: Spreadsheet,
    protected maxRows: number,
    protected maxColumns: number,
  ) {}

  private asSheet(): Sheet {
    return this as unknown as Sheet;
  }

  /** The locale and time zone that decide how this sheet's text is read and shown. */
  cellContext(): CellContext {
    return {
      locale: this.spreadsheet.getSpreadsheetLocale(),
      timeZone: this.spreadsheet.getSpreadsheetTimeZone(),
    };
  }

  getParent(): Spreadsheet {
    return this.spreadsheet;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    return this.cells.lastRow();
  }
  getLastColumn(): number {
    return this.cells.lastColumn();
  }

  getRange(a1Notation: string): Range;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof rowOrA1 === "string") return this.getRangeByA1(rowOrA1);
    if (typeof rowOrA1 !== "number" || typeof column !== "number") {
      throw new Error(
        SHEETS_MESSAGES.badParameters(
          [rowOrA1, column].map((arg) => typeof arg).join(","),
          "SpreadsheetApp.Sheet.getRange",
        ),
      );
    }
    if (rowOrA1 < 1) throw new Error(SHEETS_MESSAGES.startRowTooSmall);
    if (column < 1) throw new Error(SHEETS_MESSAGES.startColumnTooSmall);
    if (numRows < 1) throw new Error(SHEETS_MESSAGES.rowsAtLeastOne);
    if (numColumns < 1) throw new Error(SHEETS_MESSAGES.columnsAtLeastOne);
    if (rowOrA1 + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(SHEETS_MESSAGES.outsideGrid);
    }
    return new Range(this.asSheet(), rowOrA1, column, numRows, numColumns);
  }

  private getRangeByA1(a1Notation: string): Range {
    const reference = parseA1(a1Notation);
    if (reference.sheetName !== null && reference.sheetName !== this.asSheet().getName()) {
      const other = this.spreadsheet.getSheetByName(reference.sheetName);
      if (other === null) throw new Error(SHEETS_MESSAGES.rangeNotFound);
      return other.getRange(a1Notation.slice(a1Notation.lastIndexOf("!") + 1));
    }
    const startRow = reference.startRow ?? 1;
    const startColumn = reference.startColumn ?? 1;
    const endRow = reference.endRow ?? this.maxRows;
    const endColumn = reference.endColumn ?? this.maxColumns;
    return this.getRange(startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1);
  }

  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt(beforePosition, howMany, beforePosition);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt(afterPosition, howMany, afterPosition + 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  private insertRowsAt(position: number, howMany: number, firstNewRow: number): this {
    if (position < 1 || position > this.maxRows) throw new Error(SHEETS_MESSAGES.rowsOutOfBounds);
    checkCount(howMany, SHEETS_MESSAGES.rowsAtLeastOne);
    this.spreadsheet.checkCellsAvailable(howMany * this.maxColumns);
    this.cells.insertRows(firstNewRow - 1, howMany);
    this.maxRows += howMany;
    this.spreadsheet.metadata.insertSpan(this.asSheet(), "ROW", firstNewRow, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error(SHEETS_MESSAGES.rowsOutOfBounds);
    if (howMany >= this.maxRows) throw new Error(SHEETS_MESSAGES.deleteAllRows);
    this.cells.deleteRows(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    this.spreadsheet.metadata.deleteSpan(this.asSheet(), "ROW", rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt(beforePosition, howMany, beforePosition);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt(afterPosition, howMany, afterPosition + 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  private insertColumnsAt(position: number, howMany: number, firstNewColumn: number): this {
    if (position < 1 || position > this.maxColumns) throw new Error(SHEETS_MESSAGES.columnsOutOfBounds);
    checkCount(howMany, SHEETS_MESSAGES.columnsAtLeastOne);
    this.spreadsheet.checkCellsAvailable(howMany * this.maxRows);
    this.cells.insertColumns(firstNewColumn - 1, howMany);
    this.maxColumns += howMany;
    this.spreadsheet.metadata.insertSpan(this.asSheet(), "COLUMN", firstNewColumn, howMany);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error(SHEETS_MESSAGES.columnsOutOfBounds);
    }
    if (howMany >= this.maxColumns) throw new Error(SHEETS_MESSAGES.deleteAllColumns);
    this.cells.deleteColumns(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
    this.spreadsheet.metadata.deleteSpan(this.asSheet(), "COLUMN", columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes a row below the last row with content, growing the grid when it is full (as Sheets does). */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      throw new Error(SHEETS_MESSAGES.badParameters(typeof rowContents, "SpreadsheetApp.Sheet.appendRow"));
    const row = this.getLastRow() + 1;
    const extraRows = Math.max(0, row - this.maxRows);
    const extraColumns = Math.max(0, rowContents.length - this.maxColumns);
    this.spreadsheet.checkCellsAvailable(
      extraRows * this.maxColumns + extraColumns * (this.maxRows + extraRows),
    );
    this.maxRows += extraRows;
    this.maxColumns += extraColumns;
    if (rowContents.length > 0) {
      const block = { row: row - 1, column: 0, numRows: 1, numColumns: rowContents.length };
      writeValueBlock(this.cells, block, [rowContents], this.cellContext());
    }
    return this;
  }

  clear(options?: SheetClearOptions): this {
    this.getRange(1, 1, this.maxRows, this.maxColumns).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    this.getRange(1, 1, this.maxRows, this.maxColumns).clearNote();
    return this;
  }
}

// appendRow reads every cell of its argument into the store before returning (writeValueBlock).
Object.defineProperty(SheetGrid.prototype, COPIES_ARGUMENTS, { value: new Set(["appendRow"]) });
