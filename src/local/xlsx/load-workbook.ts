import { access } from "node:fs/promises";
import { Workbook, type Worksheet } from "exceljs";
import { DataValidation, type Sheet, Spreadsheet } from "../spreadsheet";
import { applyState } from "./apply-workbook-state";
import { loadWorksheetCells } from "./load-worksheet-cells";
import { fillValidation, readWorksheetValidations } from "./read-worksheet-extras";
import { readStateSheet, STATE_SHEET_NAME } from "./state-sheet";
import type { WorkbookState } from "./workbook-state";
import { COLUMN_PADDING_PIXELS, PIXELS_PER_CHARACTER } from "./write-worksheet";

export interface LoadedWorkbook {
  spreadsheet: Spreadsheet;
  documentProperties: Record<string, string>;
}

async function openExcel(path: string): Promise<Workbook> {
  try {
    await access(path);
  } catch {
    throw new Error(`Workbook not found: ${path}`);
  }
  const excel = new Workbook();
  try {
    await excel.xlsx.readFile(path);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw Object.assign(new Error(`Cannot read workbook ${path}: not a valid .xlsx file (${reason})`), {
      cause,
    });
  }
  // Any zip reads without error; an .xlsx has a workbook part listing at least one worksheet.
  if (excel.worksheets.length === 0) {
    throw new Error(
      `Cannot read workbook ${path}: not a valid .xlsx file (no xl/workbook.xml with a worksheet in it)`,
    );
  }
  return excel;
}

function corruptStateError(path: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return Object.assign(
    new Error(`Cannot read workbook ${path}: its Pipeline Confidence state is corrupt (${reason})`),
    { cause },
  );
}

function readSavedState(excel: Workbook, path: string): WorkbookState | null {
  try {
    return readStateSheet(excel);
  } catch (cause) {
    throw corruptStateError(path, cause);
  }
}

function readLayout(worksheet: Worksheet, sheet: Sheet): void {
  const view = (worksheet.views as typeof worksheet.views | null)?.[0];
  if (view?.state === "frozen") {
    sheet.setFrozenRows(view.ySplit ?? 0).setFrozenColumns(view.xSplit ?? 0);
  }
  worksheet.columns?.forEach((column, index) => {
    if (column.width !== undefined && index < sheet.getMaxColumns()) {
      sheet.setColumnWidth(
        index + 1,
        Math.round(column.width * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS),
      );
    }
  });
  const tabColor = worksheet.properties.tabColor?.argb;
  if (tabColor) sheet.setTabColor(`#${tabColor.slice(-6).toLowerCase()}`);
}

function addSheet(spreadsheet: Spreadsheet, worksheet: Worksheet, state: WorkbookState | null): void {
  // A name .xlsx cannot hold was saved under another worksheet name; the state keeps the real one.
  const saved = state?.sheets.find((candidate) => (candidate.xlsxName ?? candidate.name) === worksheet.name);
  // A Sheets import: at least 1000 rows x 26 columns, more when the data needs it.
  const maxRows = Math.max(saved?.maxRows ?? 1000, worksheet.rowCount);
  const maxColumns = Math.max(saved?.maxColumns ?? 26, worksheet.columnCount);
  const index = spreadsheet.getNumSheets();
  const name = saved?.name ?? worksheet.name;
  const sheet = spreadsheet.addSheet(name, index, maxRows, maxColumns, saved?.sheetId ?? index);
  loadWorksheetCells(worksheet, sheet, state !== null);
  readLayout(worksheet, sheet);
  readWorksheetValidations(worksheet, sheet);
  for (const validation of saved?.validations ?? []) {
    const rule = new DataValidation({
      criteria: validation.criteria,
      values: validation.values,
      allowInvalid: validation.allowInvalid,
      helpText: validation.helpText,
    });
    for (const a1 of validation.a1) fillValidation(sheet, a1, rule);
  }
  if (worksheet.state !== "visible") sheet.hideSheet();
}

/** Loads an .xlsx file into an in-memory spreadsheet (see save-workbook.ts for what survives). */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const excel = await openExcel(path);
  const state = readSavedState(excel, path);
  const spreadsheet = new Spreadsheet(state === null ? {} : { ...state.spreadsheet });
  for (const worksheet of excel.worksheets) {
    if (worksheet.name !== STATE_SHEET_NAME) addSheet(spreadsheet, worksheet, state);
  }
  if (spreadsheet.getNumSheets() === 0) spreadsheet.addSheet("Sheet1", 0);
  if (state !== null) {
    try {
      applyState(spreadsheet, state);
    } catch (cause) {
      throw corruptStateError(path, cause);
    }
  }
  return { spreadsheet, documentProperties: { ...(state?.documentProperties ?? {}) } };
}
