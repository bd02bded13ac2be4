import type { Workbook } from "exceljs";
import { parseWorkbookState } from "./parse-workbook-state";
import type { WorkbookState } from "./workbook-state";

/** The veryHidden sheet that carries what .xlsx cannot hold; never shown as a sheet after load. */
export const STATE_SHEET_NAME = "__pipeline_confidence_state__";
// A cell holds at most 32,767 characters; stay well below it.
const CHUNK_CHARS = 32_000;

/** Writes the state JSON into column A of a veryHidden sheet, one chunk per cell. */
export function writeStateSheet(workbook: Workbook, state: WorkbookState): void {
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  const json = JSON.stringify(state);
  for (let chunk = 0; chunk * CHUNK_CHARS < json.length; chunk++) {
    sheet.getCell(chunk + 1, 1).value = json.slice(chunk * CHUNK_CHARS, (chunk + 1) * CHUNK_CHARS);
  }
}

/**
 * Reads the state back (null when the workbook was not written by this runtime); a state that is
 * not JSON, or not of WorkbookState's shape, throws an Error saying what is wrong with it.
 */
export function readStateSheet(workbook: Workbook): WorkbookState | null {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (sheet === undefined) return null;
  let json = "";
  for (let row = 1; row <= sheet.rowCount; row++) json += String(sheet.getCell(row, 1).value ?? "");
  return parseWorkbookState(json);
}
