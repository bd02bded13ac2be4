import type { Cell, Worksheet } from "exceljs";
import type { CellValue, Sheet, StyleName } from "../spreadsheet";
import type { StyleValue } from "../spreadsheet/cell-store";
import type { GridLayer } from "../spreadsheet/grid-layer";
import { HOST_REALM } from "../spreadsheet/value-realm";
import { LayerLines } from "./layer-lines";
import { readCellStyles } from "./read-worksheet-extras";
import { IMPLICIT_DATE_FORMAT } from "./write-worksheet";
import { readXlsxCell } from "./xlsx-cell";

/** Where one worksheet's cells gather: values and formulas a row at a time, the rest per layer. */
interface LoadTarget {
  readonly sheet: Sheet;
  readonly timeZone: string;
  readonly implicitFormat: string | undefined;
  readonly values: Array<CellValue | undefined>;
  readonly formulas: Array<string | undefined>;
  readonly formats: LayerLines<string>;
  readonly notes: LayerLines<string>;
  readonly styles: Map<StyleName, LayerLines<StyleValue>>;
}

/**
 * Loads a worksheet's cells into a sheet the lean way: each row's values and formulas go in as
 * one exact-width row (a row grown cell by cell keeps V8's spare capacity), dates are the store's
 * shared instants, and formats, notes and styles are written per layer so alike rows share a row.
 * `ownFile`: a workbook this runtime saved, whose implicit date format means "no format".
 */
export function loadWorksheetCells(worksheet: Worksheet, sheet: Sheet, ownFile: boolean): void {
  const target: LoadTarget = {
    sheet,
    timeZone: sheet.getParent().getSpreadsheetTimeZone(),
    implicitFormat: ownFile ? IMPLICIT_DATE_FORMAT : undefined,
    values: [],
    formulas: [],
    formats: new LayerLines(),
    notes: new LayerLines(),
    styles: new Map(),
  };
  const { cells } = sheet;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      loadCell(target, cell, rowNumber - 1, columnNumber - 1);
    });
    putRow(cells.values, rowNumber - 1, target.values);
    putRow(cells.formulas, rowNumber - 1, target.formulas);
  });
  target.formats.writeTo(cells.formats);
  target.notes.writeTo(cells.notes);
  for (const [name, lines] of target.styles) lines.writeTo(cells.style(name));
}

function loadCell(target: LoadTarget, cell: Cell, row: number, column: number): void {
  const loaded = readXlsxCell(cell, target.timeZone);
  const { value } = loaded;
  if (value !== undefined)
    target.values[column] =
      typeof value === "object" ? target.sheet.cells.storedDate(value.getTime()) : value;
  if (loaded.formula !== undefined) target.formulas[column] = loaded.formula;
  const format = cell.numFmt;
  if (format && format !== "General" && format !== target.implicitFormat)
    target.formats.set(row, column, format);
  const note = cell.note;
  if (note) {
    const text = typeof note === "string" ? note : (note.texts ?? []).map((run) => run.text).join("");
    target.notes.set(row, column, text);
  }
  readCellStyles(cell, (name, style) => {
    let lines = target.styles.get(name);
    if (lines === undefined) {
      lines = new LayerLines();
      target.styles.set(name, lines);
    }
    lines.set(row, column, style);
  });
}

/** Moves a gathered row into `layer` at its exact width, leaving `gathered` empty for the next. */
function putRow<T>(layer: GridLayer<T>, row: number, gathered: Array<T | undefined>): void {
  if (gathered.length === 0) return;
  const cells = HOST_REALM.newRow(gathered.length) as Array<T | undefined>;
  for (let column = 0; column < gathered.length; column++) cells[column] = gathered[column];
  layer.rows[row] = cells;
  gathered.length = 0;
}
