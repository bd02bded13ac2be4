/**
 * Saves the in-memory spreadsheet as .xlsx (exceljs).
 *
 * Stored natively: values (dates as date serials of the spreadsheet's wall clock), formulas (with
 * the value as cached result), number formats, notes, basic styles (fill, bold, italic, font
 * color, alignment, wrap), list data validations, frozen rows/columns, column widths, hidden
 * sheets, tab colors and sheet order; number and formula colour rules also as native conditional
 * formatting (for Excel's eyes only: load restores every rule from the state sheet). Dates with no number format get IMPLICIT_DATE_FORMAT so
 * Excel shows a date; loading a workbook written here reads that format back as "no format".
 *
 * A sheet name .xlsx cannot hold (over 31 characters, or with : [ ] * ? / \) is written as a
 * cleaned, unique name (see assign-xlsx-sheet-names.ts); the real one is restored on load.
 *
 * What .xlsx cannot hold travels as JSON in a veryHidden worksheet named
 * `__pipeline_confidence_state__` (split over cells of column A, 32,000 characters each; never
 * shown as a sheet after load): the spreadsheet's id, name, time zone and locale, the
 * documentProperties map, each sheet's id and grid size, protections, conditional format rules,
 * charts, non-list validations and, when it differs, its worksheet's name in the file, and all
 * developer metadata. Named ranges are not saved.
 *
 * The file is written to a temporary sibling and renamed over the target, so a failed save
 * never leaves a half-written workbook behind.
 */
import { randomBytes } from "node:crypto";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Workbook } from "exceljs";
import type { Sheet, Spreadsheet } from "../spreadsheet";
import { assignXlsxSheetNames } from "./assign-xlsx-sheet-names";
import { writeStateSheet } from "./state-sheet";
import { collectState, type WrittenSheet } from "./workbook-state";
import { writeWorksheet } from "./write-worksheet";

export interface SavedWorkbook {
  spreadsheet: Spreadsheet;
  documentProperties: Record<string, string>;
}

/** Writes the spreadsheet and its document properties to `path` atomically. */
export async function saveWorkbook(path: string, workbook: SavedWorkbook): Promise<void> {
  const excel = new Workbook();
  const sheets = workbook.spreadsheet.getSheets();
  const xlsxNames = assignXlsxSheetNames(sheets.map((sheet) => sheet.getName()));
  const writtenSheets = new Map<Sheet, WrittenSheet>();
  sheets.forEach((sheet, index) => {
    const xlsxName = xlsxNames[index] ?? sheet.getName();
    writtenSheets.set(sheet, { xlsxName, validations: writeWorksheet(sheet, excel.addWorksheet(xlsxName)) });
  });
  writeStateSheet(excel, collectState(workbook.spreadsheet, workbook.documentProperties, writtenSheets));
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await excel.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    const reason = await describeWriteFailure(path, cause);
    throw Object.assign(new Error(`Cannot write ${path}: ${reason}`), { cause });
  }
}

/** Why `path` could not be written, naming the user's file and folder rather than the temporary file. */
async function describeWriteFailure(path: string, cause: unknown): Promise<string> {
  const folder = dirname(path);
  switch ((cause as NodeJS.ErrnoException | null)?.code) {
    case "ENOENT":
      if (!(await isFolder(folder))) return `folder ${folder} does not exist`;
      break;
    case "ENOTDIR":
      return `${folder} is not a folder`;
    case "EISDIR":
      return `${path} is a folder`;
    case "EACCES":
    case "EPERM":
      return `no permission to write into folder ${folder}`;
  }
  return cause instanceof Error ? cause.message : String(cause);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // Whatever stat refuses (missing, or not reachable) is no folder to write into.
    return false;
  }
}
