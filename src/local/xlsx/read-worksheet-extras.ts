import type { Cell, Worksheet } from "exceljs";
import { DataValidation, parseA1, type Sheet, type StyleName } from "../spreadsheet";
import { fillLayerBlock } from "../spreadsheet/cell-block-io";
import type { StyleValue } from "../spreadsheet/cell-store";

function hexColor(argb: string | undefined): string | undefined {
  return argb === undefined ? undefined : `#${argb.slice(-6).toLowerCase()}`;
}

/** Fill, bold, italic, font color, alignment and wrap of one loaded cell, each handed to `keep`. */
export function readCellStyles(cell: Cell, keep: (name: StyleName, value: StyleValue) => void): void {
  const style = (name: StyleName, value: StyleValue | undefined) => {
    if (value !== undefined) keep(name, value);
  };
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") style("background", hexColor(fill.fgColor?.argb));
  if (cell.font?.bold) style("fontWeight", "bold");
  if (cell.font?.italic) style("fontStyle", "italic");
  style("fontColor", hexColor(cell.font?.color?.argb));
  style("horizontalAlignment", cell.alignment?.horizontal);
  style("wrap", cell.alignment?.wrapText);
}

/** List validations, unquoted back to their items (`"Open,Won"` → ["Open", "Won"]). */
export function readWorksheetValidations(worksheet: Worksheet, sheet: Sheet): void {
  const model = (
    worksheet as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }
  ).dataValidations.model;
  for (const [address, rule] of Object.entries(model)) {
    const formula = String((rule.formulae as unknown[] | undefined)?.[0] ?? "");
    if (rule.type !== "list" || !/^".*"$/.test(formula)) continue;
    const validation = new DataValidation({
      criteria: "VALUE_IN_LIST",
      values: [formula.slice(1, -1).split(","), rule.showDropDown !== true],
      allowInvalid: rule.showErrorMessage !== true,
      helpText: typeof rule.prompt === "string" ? rule.prompt : null,
    });
    for (const part of address.replace(/^range:/, "").split(/\s+/)) fillValidation(sheet, part, validation);
  }
}

/**
 * Gives every cell of an A1 range (clipped to the grid) one validation, in one block write: rows
 * alike share one row, so a rule on a whole column costs one row, not one per cell.
 */
export function fillValidation(sheet: Sheet, a1: string, validation: DataValidation): void {
  const reference = parseA1(a1);
  const [startRow, startColumn] = [reference.startRow ?? 1, reference.startColumn ?? 1];
  const endRow = Math.min(reference.endRow ?? sheet.getMaxRows(), sheet.getMaxRows());
  const endColumn = Math.min(reference.endColumn ?? sheet.getMaxColumns(), sheet.getMaxColumns());
  if (endRow < startRow || endColumn < startColumn) return;
  const block = {
    row: startRow - 1,
    column: startColumn - 1,
    numRows: endRow - startRow + 1,
    numColumns: endColumn - startColumn + 1,
  };
  fillLayerBlock(sheet.cells.validations, block, validation);
}
