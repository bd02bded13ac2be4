import type { Cell, Worksheet } from "exceljs";
import { type DataValidation, formatA1, type Sheet, STYLE_DEFAULTS, type StyleName } from "../spreadsheet";
import { toArgb } from "./to-argb";
import type { WorkbookState } from "./workbook-state";
import { writeConditionalFormats } from "./write-conditional-formats";
import { toXlsxValue } from "./xlsx-cell";

/** Number format given to dates saved with no format, so Excel shows a date; read back as "no format". */
export const IMPLICIT_DATE_FORMAT = "m/d/yyyy h:mm:ss;@";
// Sheets measures columns in pixels, Excel in characters of about 7 px plus 5 px padding.
export const PIXELS_PER_CHARACTER = 7;
export const COLUMN_PADDING_PIXELS = 5;

type SavedValidations = WorkbookState["sheets"][number]["validations"];

function writeStyles(sheet: Sheet, cell: Cell, row: number, column: number): void {
  const style = (name: StyleName) => sheet.cells.style(name).get(row, column);
  const background = style("background");
  if (typeof background === "string" && background !== STYLE_DEFAULTS.background) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(background) } };
  }
  const bold = style("fontWeight") === "bold";
  const italic = style("fontStyle") === "italic";
  const color = style("fontColor");
  if (bold || italic || typeof color === "string") {
    cell.font = { bold, italic, ...(typeof color === "string" ? { color: { argb: toArgb(color) } } : {}) };
  }
  const horizontal = style("horizontalAlignment");
  const wrap = style("wrap");
  if (typeof horizontal === "string" || typeof wrap === "boolean") {
    cell.alignment = {
      ...(typeof horizontal === "string" && horizontal !== "general"
        ? { horizontal: horizontal as "left" }
        : {}),
      ...(typeof wrap === "boolean" ? { wrapText: wrap } : {}),
    };
  }
}

function lastIndex(rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>): number {
  return rows.reduce<number>((widest, cells) => Math.max(widest, cells?.length ?? 0), 0);
}

/** Writes one sheet's cells, layout and list validations; returns the other validations for the state sheet. */
export function writeWorksheet(sheet: Sheet, worksheet: Worksheet): SavedValidations {
  const { cells } = sheet;
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const layers = [cells.values, cells.formulas, cells.formats, cells.notes, cells.validations];
  const rowCount = Math.max(...layers.map((layer) => layer.rows.length));
  const columnCount = Math.max(...layers.map((layer) => lastIndex(layer.rows)));
  const others = new Map<DataValidation, string[]>();
  for (let row = 0; row < rowCount; row++) {
    for (let column = 0; column < columnCount; column++) {
      const value = cells.values.get(row, column);
      const formula = cells.formulas.get(row, column);
      const format = cells.formats.get(row, column);
      const note = cells.notes.get(row, column);
      const validation = cells.validations.get(row, column);
      if (
        value === undefined &&
        formula === undefined &&
        format === undefined &&
        note === undefined &&
        validation === undefined
      )
        continue;
      const cell = worksheet.getCell(row + 1, column + 1);
      cell.value = toXlsxValue(value, formula, timeZone);
      if (format !== undefined) cell.numFmt = format;
      else if (typeof value === "object") cell.numFmt = IMPLICIT_DATE_FORMAT;
      if (note !== undefined) cell.note = note;
      writeStyles(sheet, cell, row, column);
      if (validation?.getCriteriaType() === "VALUE_IN_LIST") {
        const [list = [], showDropdown = true] = validation.getCriteriaValues() as [string[], boolean];
        cell.dataValidation = {
          type: "list",
          formulae: [`"${list.join(",")}"`],
          allowBlank: true,
          showErrorMessage: !validation.getAllowInvalid(),
          showInputMessage: validation.getHelpText() !== null,
          prompt: validation.getHelpText() ?? undefined,
          // OOXML's showDropDown means "hide the arrow"; it is set only when Sheets hides it.
          ...(showDropdown ? {} : { showDropDown: true }),
        } as never;
      } else if (validation !== undefined) {
        others.set(validation, [...(others.get(validation) ?? []), formatA1(row + 1, column + 1, 1, 1)]);
      }
    }
  }
  writeLayout(sheet, worksheet);
  writeConditionalFormats(sheet.getConditionalFormatRules(), worksheet);
  return [...others].map(([validation, a1]) => ({
    criteria: validation.getCriteriaType(),
    values: validation.getCriteriaValues(),
    allowInvalid: validation.getAllowInvalid(),
    helpText: validation.getHelpText(),
    a1,
  }));
}

function writeLayout(sheet: Sheet, worksheet: Worksheet): void {
  if (sheet.getFrozenRows() > 0 || sheet.getFrozenColumns() > 0) {
    worksheet.views = [{ state: "frozen", xSplit: sheet.getFrozenColumns(), ySplit: sheet.getFrozenRows() }];
  }
  for (const [column, pixels] of sheet.columnWidths) {
    worksheet.getColumn(column).width = (pixels - COLUMN_PADDING_PIXELS) / PIXELS_PER_CHARACTER;
  }
  if (sheet.isSheetHidden()) worksheet.state = "hidden";
  const tabColor = sheet.getTabColor();
  if (tabColor !== null) worksheet.properties.tabColor = { argb: toArgb(tabColor) };
}
