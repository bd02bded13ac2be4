import { formatA1 } from "./a1-notation";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import { SHEETS_MESSAGES } from "./sheets-messages";

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "Object[]";
  if (typeof value === "string") return "String";
  // A script's grid reaches setValues uncopied, so its Dates are the vm realm's: test the tag.
  if (typeof value === "object")
    return Object.prototype.toString.call(value) === "[object Date]" ? "Date" : "Object";
  return typeof value;
}

/**
 * Where a Range sits: its sheet and 1-based block, A1 notation, offsets. The Range class is split
 * over a short chain (geometry → contents → styles → Range) to keep each file to one idea.
 */
export class RangeGeometry {
  constructor(
    protected readonly sheet: Sheet,
    protected readonly row: number,
    protected readonly column: number,
    protected readonly numRows: number,
    protected readonly numColumns: number,
  ) {}

  getSheet(): Sheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet.getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new Error(SHEETS_MESSAGES.outsideGrid);
    }
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }

  /** True when the range spans whole rows (every column of the sheet). */
  protected isWholeRows(): boolean {
    return this.column === 1 && this.numColumns === this.sheet.getMaxColumns();
  }

  /** True when the range spans whole columns (every row of the sheet). */
  protected isWholeColumns(): boolean {
    return this.row === 1 && this.numRows === this.sheet.getMaxRows();
  }

  /** Refuses a grid whose shape differs from the range's, with Sheets' own messages. */
  protected checkGrid(grid: unknown, method: string): asserts grid is unknown[][] {
    if (!Array.isArray(grid)) {
      throw new Error(SHEETS_MESSAGES.badParameters(describeType(grid), `SpreadsheetApp.Range.${method}`));
    }
    if (grid.length !== this.numRows)
      throw new Error(SHEETS_MESSAGES.rowsMismatch(grid.length, this.numRows));
    if (grid.some((line) => !Array.isArray(line))) {
      const elementType = describeType(grid.find((line) => !Array.isArray(line)));
      throw new Error(SHEETS_MESSAGES.badParameters(`${elementType}[]`, `SpreadsheetApp.Range.${method}`));
    }
    for (const line of grid as unknown[][]) {
      if (line.length !== this.numColumns)
        throw new Error(SHEETS_MESSAGES.columnsMismatch(line.length, this.numColumns));
    }
  }
}
