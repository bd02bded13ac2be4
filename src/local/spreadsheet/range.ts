import { fillLayerBlock, readLayerBlock, writeLayerBlock } from "./cell-block-io";
import type { DataValidation } from "./data-validation";
import { DeveloperMetadata, type MetadataPlace } from "./developer-metadata";
import type { DeveloperMetadataVisibilityName } from "./enums";
import { Protection } from "./protection";
import { RangeStyles } from "./range-styles";
import { SHEETS_MESSAGES } from "./sheets-messages";

/** Apps Script's Range: a block of cells on one sheet (see RangeGeometry for the class chain). */
export class Range extends RangeStyles {
  getDataValidation(): DataValidation | null {
    return this.sheet.cells.validations.get(this.row - 1, this.column - 1) ?? null;
  }
  getDataValidations(): Array<Array<DataValidation | null>> {
    return readLayerBlock<DataValidation | null>(this.sheet.cells.validations, this.block(), null);
  }
  setDataValidation(rule: DataValidation | null): this {
    fillLayerBlock(this.sheet.cells.validations, this.block(), rule ?? undefined);
    return this;
  }
  setDataValidations(rules: Array<Array<DataValidation | null>>): this {
    this.checkGrid(rules, "setDataValidations");
    writeLayerBlock(
      this.sheet.cells.validations,
      this.block(),
      rules.map((line) => line.map((rule) => rule ?? undefined)),
    );
    return this;
  }

  protect(): Protection {
    const protection = new Protection(this.sheet, "RANGE", this);
    this.sheet.protections.push(protection);
    return protection;
  }

  /** Whole rows or whole columns only, as Sheets allows for range metadata. */
  private metadataPlace(): MetadataPlace {
    if (this.isWholeRows()) return { type: "ROW", sheet: this.sheet, start: this.row, count: this.numRows };
    if (this.isWholeColumns())
      return { type: "COLUMN", sheet: this.sheet, start: this.column, count: this.numColumns };
    throw new Error(SHEETS_MESSAGES.metadataLocation);
  }

  addDeveloperMetadata(
    key: string,
    value?: string | DeveloperMetadataVisibilityName,
    visibility?: DeveloperMetadataVisibilityName,
  ): this {
    this.sheet.getParent().addMetadataAt(this.metadataPlace(), key, value, visibility);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    const spreadsheet = this.sheet.getParent();
    const wholeRows = this.isWholeRows();
    const wholeColumns = this.isWholeColumns();
    return spreadsheet.metadata.records
      .filter(({ place }) => {
        if (place.type === "ROW")
          return (
            wholeRows &&
            place.sheet === this.sheet &&
            place.start === this.row &&
            place.count === this.numRows
          );
        if (place.type === "COLUMN") {
          return (
            wholeColumns &&
            place.sheet === this.sheet &&
            place.start === this.column &&
            place.count === this.numColumns
          );
        }
        return false;
      })
      .map((record) => new DeveloperMetadata(spreadsheet, record));
  }

  activate(): this {
    this.sheet.activateRange(this);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  override toString(): string {
    return "Range";
  }
}
