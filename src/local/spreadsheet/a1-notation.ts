import { SHEETS_MESSAGES } from "./sheets-messages";

/** A parsed A1 reference; a missing bound means "to the edge of the sheet" (as in `A:B` or `2:5`). */
export interface A1Reference {
  readonly sheetName: string | null;
  readonly startRow: number | null;
  readonly startColumn: number | null;
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Column number (1-based) to letters: 1 → "A", 27 → "AA". */
export function columnToLetters(column: number): string {
  let letters = "";
  let remaining = column;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/** Letters to column number (1-based): "A" → 1, "AA" → 27. */
export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Splits `'My Tab'!A1:B2` into the sheet name (quotes undone) and the cell part. */
function splitSheetName(notation: string): { sheetName: string | null; cells: string } {
  const bang = notation.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, cells: notation };
  let sheetName = notation.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, cells: notation.slice(bang + 1) };
}

function parseCell(text: string): { row: number | null; column: number | null } {
  const match = CELL.exec(text);
  if (match === null || (match[1] === "" && match[2] === "")) throw new Error(SHEETS_MESSAGES.rangeNotFound);
  const row = match[2] === "" ? null : Number(match[2]);
  if (row === 0) throw new Error(SHEETS_MESSAGES.rangeNotFound);
  return { row, column: match[1] === "" ? null : lettersToColumn(match[1] ?? "") };
}

function ordered(first: number | null, second: number | null): [number | null, number | null] {
  if (first !== null && second !== null && second < first) return [second, first];
  return [first, second];
}

/** Parses `A1`, `A1:B2`, `A:B`, `2:5`, `A2:B`, `Sheet1!A1`, `'It''s'!$A$1`; anything else → "Range not found". */
export function parseA1(notation: string): A1Reference {
  const { sheetName, cells } = splitSheetName(notation.trim());
  const parts = cells.split(":");
  if (parts.length > 2 || cells === "") throw new Error(SHEETS_MESSAGES.rangeNotFound);
  const start = parseCell(parts[0] ?? "");
  const end = parts.length === 2 ? parseCell(parts[1] ?? "") : start;
  if (parts.length === 1 && (start.row === null || start.column === null)) {
    throw new Error(SHEETS_MESSAGES.rangeNotFound);
  }
  const [startRow, endRow] = ordered(start.row, end.row);
  const [startColumn, endColumn] = ordered(start.column, end.column);
  // A null bound runs to the sheet's edge: `A2:B` to the last row, `A:B` / `2:5` whole columns / rows.
  return { sheetName, startRow, startColumn, endRow, endColumn };
}

/** A1 notation of a block: "B2" for one cell, "A1:C10" otherwise. */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for use in A1 notation when Sheets would: `'Q1 Leads'!A1`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
