/**
 * The error texts Google Sheets gives a script, word for word, so code (and tests) written against
 * the local runtime meet the same messages as on Google's servers.
 */
export const SHEETS_MESSAGES = {
  outsideGrid: "The coordinates of the range are outside the dimensions of the sheet.",
  rowsAtLeastOne: "The number of rows in the range must be at least 1.",
  columnsAtLeastOne: "The number of columns in the range must be at least 1.",
  startRowTooSmall: "The starting row of the range is too small.",
  startColumnTooSmall: "The starting column of the range is too small.",
  rangeNotFound: "Range not found",
  cellTooLong: "Your input contains more than the maximum of 50000 characters in a single cell.",
  tooManyCells:
    "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
  removeAllSheets: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  deleteAllRows: "You can't delete all the rows on the sheet.",
  deleteAllColumns: "You can't delete all the columns on the sheet.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  noUi: "Cannot call SpreadsheetApp.getUi() from this context.",
  metadataLocation:
    "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
  duplicateSheet: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  // The two sheet-name limits below are Sheets' own; their wording follows duplicateSheet's, as
  // Sheets' own text for them is not on record here.
  emptySheetName: "A sheet name can't be empty. Please enter another name.",
  sheetNameTooLong: (name: string) =>
    `The sheet name "${name}" is longer than ${MAX_SHEET_NAME_CHARS} characters. Please enter another name.`,
  rowsMismatch: (dataRows: number, rangeRows: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`,
  columnsMismatch: (dataColumns: number, rangeColumns: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${dataColumns} but the range has ${rangeColumns}.`,
  badParameters: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
} as const;

/** Sheets' own per-spreadsheet cell limit. */
export const MAX_CELLS = 10_000_000;
/** Sheets' own sheet-name length limit. */
export const MAX_SHEET_NAME_CHARS = 100;
/** Sheets' own per-cell text limit. */
export const MAX_CELL_CHARS = 50_000;
/** What `getNumberFormat()` answers for a cell whose format was never set (Sheets' "Automatic"). */
export const AUTOMATIC_FORMAT = "0.###############";
