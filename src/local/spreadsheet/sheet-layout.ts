import { formatDisplayValue } from "./display-value";
import { SheetGrid } from "./sheet-grid";
import { SHEETS_MESSAGES } from "./sheets-messages";

/** Sheets' default column width and row height, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
// A rough Arial 10 glyph width plus cell padding, for autoResizeColumns.
const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING = 10;

/** How a sheet looks: frozen panes, column widths, row heights, visibility, tab color. */
export class SheetLayout extends SheetGrid {
  protected frozenRows = 0;
  protected frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  protected hidden = false;
  protected tabColor: string | null = null;

  setFrozenRows(rows: number): this {
    if (rows < 0 || rows > this.maxRows) throw new Error(SHEETS_MESSAGES.rowsOutOfBounds);
    this.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): this {
    if (columns < 0 || columns > this.maxColumns) throw new Error(SHEETS_MESSAGES.columnsOutOfBounds);
    this.frozenColumns = columns;
    return this;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error(SHEETS_MESSAGES.columnsOutOfBounds);
    for (let column = startColumn; column < startColumn + numColumns; column++)
      this.columnWidths.set(column, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    if (startRow < 1 || startRow + numRows - 1 > this.maxRows)
      throw new Error(SHEETS_MESSAGES.rowsOutOfBounds);
    for (let row = startRow; row < startRow + numRows; row++) this.rowHeights.set(row, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Fits each column to its longest shown text (an estimate: no font metrics here). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const context = this.cellContext();
    for (let column = startColumn; column < startColumn + numColumns; column++) {
      let longest = 0;
      this.cells.values.rows.forEach((cells, row) => {
        const value = cells?.[column - 1];
        if (value === undefined) return;
        const shown = formatDisplayValue(value, this.cells.formats.get(row, column - 1), context);
        longest = Math.max(longest, shown.length);
      });
      this.columnWidths.set(
        column,
        longest === 0 ? DEFAULT_COLUMN_WIDTH : longest * PIXELS_PER_CHARACTER + CELL_PADDING,
      );
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): this {
    const visible = this.spreadsheet.getSheets().filter((sheet) => !sheet.isSheetHidden());
    if (!this.hidden && visible.length <= 1) throw new Error(SHEETS_MESSAGES.hideAllSheets);
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
}
