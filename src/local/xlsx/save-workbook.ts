/**
 * Saves the in-memory spreadsheet as .xlsx (exceljs).
 *
 * Stored natively: values (dates as date serials of the spreadsheet's wall clock), formulas (with
 * the value as cached result), number formats, notes, basic styles (fill, bold, italic, font
 * color, alignment, wrap), list data validations, frozen rows/columns, column widths, hidden
 * sheets, tab colors and sheet order. Dates with no number format get IMPLICIT_DATE_FORMAT so
 * Excel shows a date; loading a workbook written here reads that format back as "no format".
 *
 * What .xlsx cannot hold travels as JSON in a veryHidden worksheet named
 * `__pipeline_confidence_state__` (split over cells of column A, 32,000 characters each; never
 * shown as a sheet after load): the spreadsheet's id, name, time zone and locale, the
 * documentProperties map, each sheet's id and grid size, protections, conditional format rules,
 * charts and non-list validations, and all developer metadata. Named ranges are not saved.
 *
 * The file is written to a temporary sibling and renamed over the target, so a failed save
 * never leaves a half-written workbook behind.
 */
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Workbook } from "exceljs";
import type { Sheet, Spreadsheet } from "../spreadsheet";
import { writeStateSheet } from "./state-sheet";
import { collectState } from "./workbook-state";
import { writeWorksheet } from "./write-worksheet";

export interface SavedWorkbook {
  spreadsheet: Spreadsheet;
  documentProperties: Record<string, string>;
}

/** Writes the spreadsheet and its document properties to `path` atomically. */
export async function saveWorkbook(path: string, workbook: SavedWorkbook): Promise<void> {
  const excel = new Workbook();
  const validations = new Map<Sheet, ReturnType<typeof writeWorksheet>>();
  for (const sheet of workbook.spreadsheet.getSheets()) {
    validations.set(sheet, writeWorksheet(sheet, excel.addWorksheet(sheet.getName())));
  }
  writeStateSheet(excel, collectState(workbook.spreadsheet, workbook.documentProperties, validations));
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await excel.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
