import type { Cell, Worksheet } from "exceljs";
import { DataValidation, parseA1, type Sheet } from "../spreadsheet";

function hexColor(argb: string | undefined): string | undefined {
  return argb === undefined ? undefined : `#${argb.slice(-6).toLowerCase()}`;
}

/** Fill, bold, italic, font color, alignment and wrap of one loaded cell. */
export function readWorksheetStyles(cell: Cell, sheet: Sheet, row: number, column: number): void {
  const style = (name: Parameters<typeof sheet.cells.style>[0], value: string | boolean | undefined) => {
    if (value !== undefined) sheet.cells.style(name).set(row, column, value);
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
    for (const part of address.replace(/^range:/, "").split(/\s+/)) {
      const reference = parseA1(part);
      const [startRow, startColumn] = [reference.startRow ?? 1, reference.startColumn ?? 1];
      const endRow = Math.min(reference.endRow ?? sheet.getMaxRows(), sheet.getMaxRows());
      const endColumn = Math.min(reference.endColumn ?? sheet.getMaxColumns(), sheet.getMaxColumns());
      for (let row = startRow; row <= endRow; row++) {
        for (let column = startColumn; column <= endColumn; column++)
          sheet.cells.validations.set(row - 1, column - 1, validation);
      }
    }
  }
}
