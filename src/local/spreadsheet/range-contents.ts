import {
  type CellBlock,
  fillLayerBlock,
  readLayerBlock,
  readValueBlock,
  writeLayerBlock,
} from "./cell-block-io";
import type { CellValue } from "./cell-value";
import { formatDisplayValue } from "./display-value";
import { RangeGeometry } from "./range-geometry";
import { AUTOMATIC_FORMAT } from "./sheets-messages";
import { COPIES_ARGUMENTS } from "./value-realm";
import { writeValueBlock } from "./write-value-block";

/** Options of Range.clear, as in Apps Script. */
export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  commentsOnly?: boolean;
  skipFilteredRows?: boolean;
}

/**
 * Values, formulas and number formats of a range. Formulas are stored, never computed: a formula
 * cell reads as "" from getValues (its text is in getFormulas).
 */
export class RangeContents extends RangeGeometry {
  protected block(): CellBlock {
    return { row: this.row - 1, column: this.column - 1, numRows: this.numRows, numColumns: this.numColumns };
  }

  protected topLeft(): CellBlock {
    return { row: this.row - 1, column: this.column - 1, numRows: 1, numColumns: 1 };
  }

  private timeZone(): string {
    return this.sheet.getParent().getSpreadsheetTimeZone();
  }

  getValues(): CellValue[][] {
    return readValueBlock(this.sheet.cells, this.block(), this.timeZone());
  }
  getValue(): CellValue {
    return readValueBlock(this.sheet.cells, this.topLeft(), this.timeZone())[0]?.[0] ?? "";
  }
  setValues(values: unknown[][]): this {
    this.checkGrid(values, "setValues");
    writeValueBlock(this.sheet.cells, this.block(), values, this.sheet.cellContext());
    return this;
  }
  setValue(value: unknown): this {
    const line = new Array<unknown>(this.numColumns).fill(value);
    writeValueBlock(
      this.sheet.cells,
      this.block(),
      new Array(this.numRows).fill(line),
      this.sheet.cellContext(),
    );
    return this;
  }

  getDisplayValues(): string[][] {
    const values = readLayerBlock<CellValue | undefined>(this.sheet.cells.values, this.block(), undefined);
    const formats = readLayerBlock<string | undefined>(this.sheet.cells.formats, this.block(), undefined);
    const context = this.sheet.cellContext();
    return values.map((line, r) =>
      line.map((value, c) => formatDisplayValue(value, formats[r]?.[c], context)),
    );
  }
  getDisplayValue(): string {
    const { values, formats } = this.sheet.cells;
    const [row, column] = [this.row - 1, this.column - 1];
    return formatDisplayValue(values.get(row, column), formats.get(row, column), this.sheet.cellContext());
  }

  getFormulas(): string[][] {
    return readLayerBlock(this.sheet.cells.formulas, this.block(), "", true);
  }
  getFormula(): string {
    return this.sheet.cells.formulas.get(this.row - 1, this.column - 1) ?? "";
  }
  setFormula(formula: string): this {
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): this {
    this.checkGrid(formulas, "setFormulas");
    writeValueBlock(this.sheet.cells, this.block(), formulas, this.sheet.cellContext());
    return this;
  }

  /** "0.###############" for a cell whose format was never set (Sheets' answer for "Automatic"). */
  getNumberFormat(): string {
    return this.sheet.cells.formats.get(this.row - 1, this.column - 1) ?? AUTOMATIC_FORMAT;
  }
  getNumberFormats(): string[][] {
    return readLayerBlock(this.sheet.cells.formats, this.block(), AUTOMATIC_FORMAT, true);
  }
  setNumberFormat(numberFormat: string): this {
    fillLayerBlock(this.sheet.cells.formats, this.block(), String(numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): this {
    this.checkGrid(numberFormats, "setNumberFormats");
    writeLayerBlock(this.sheet.cells.formats, this.block(), numberFormats);
    return this;
  }

  isBlank(): boolean {
    const values = this.getValues();
    const formulas = this.getFormulas();
    return values.every((line, r) => line.every((value, c) => value === "" && formulas[r]?.[c] === ""));
  }

  clear(options?: ClearOptions): this {
    const block = this.block();
    const { cells } = this.sheet;
    const only =
      options?.contentsOnly || options?.formatOnly || options?.validationsOnly || options?.commentsOnly;
    if (!only || options?.contentsOnly)
      cells.clearContents(block.row, block.column, block.numRows, block.numColumns);
    if (!only || options?.formatOnly)
      cells.clearFormats(block.row, block.column, block.numRows, block.numColumns);
    if (options?.validationsOnly)
      cells.validations.clear(block.row, block.column, block.numRows, block.numColumns);
    if (options?.commentsOnly) cells.notes.clear(block.row, block.column, block.numRows, block.numColumns);
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): this {
    return this.clear({ validationsOnly: true });
  }
  clearNote(): this {
    return this.clear({ commentsOnly: true });
  }
}

// These read every cell of their argument into the store before returning (writeValueBlock).
Object.defineProperty(RangeContents.prototype, COPIES_ARGUMENTS, {
  value: new Set(["setValues", "setValue", "setFormulas", "setFormula"]),
});
