import type { SpreadsheetHost } from "../../../src/local/vm/create-script-runtime";

/** A tiny stand-in for the in-memory Spreadsheet service: one grid per sheet, A1 or row/column ranges. */
export class Range {
  constructor(
    private readonly sheet: Sheet,
    private readonly row: number,
    private readonly column: number,
    private readonly rows: number,
    private readonly columns: number,
  ) {}

  getValues(): unknown[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c)),
    );
  }

  setValues(values: unknown[][]): Range {
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this.sheet.write(this.row + r, this.column + c, value);
      });
    });
    return this;
  }

  getValue(): unknown {
    return this.sheet.cell(this.row, this.column);
  }

  setValue(value: unknown): Range {
    this.sheet.write(this.row, this.column, value);
    return this;
  }

  getA1Notation(): string {
    const start = `${String.fromCharCode(64 + this.column)}${this.row}`;
    if (this.rows === 1 && this.columns === 1) return start;
    return `${start}:${String.fromCharCode(64 + this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }

  getSheet(): Sheet {
    return this.sheet;
  }

  toString(): string {
    return "Range";
  }
}

export class Sheet {
  readonly grid = new Map<string, unknown>();

  constructor(readonly name: string) {}

  cell(row: number, column: number): unknown {
    return this.grid.get(`${row},${column}`) ?? "";
  }

  write(row: number, column: number, value: unknown): void {
    this.grid.set(`${row},${column}`, value);
  }

  getName(): string {
    return this.name;
  }

  getRange(rowOrA1: number | string, column = 1, rows = 1, columns = 1): Range {
    if (typeof rowOrA1 === "string") {
      const match = /^([A-Z])(\d+)(?::([A-Z])(\d+))?$/.exec(rowOrA1);
      if (match === null) throw new Error(`Range not found: ${rowOrA1}`);
      const row = Number(match[2]);
      const firstColumn = (match[1] ?? "A").charCodeAt(0) - 64;
      const lastRow = match[4] === undefined ? row : Number(match[4]);
      const lastColumn = match[3] === undefined ? firstColumn : match[3].charCodeAt(0) - 64;
      return new Range(this, row, firstColumn, lastRow - row + 1, lastColumn - firstColumn + 1);
    }
    return new Range(this, rowOrA1, column, rows, columns);
  }

  toString(): string {
    return "Sheet";
  }
}

export class Spreadsheet {
  readonly sheets = [new Sheet("Leads"), new Sheet("Stage History")];

  getId(): string {
    return "fake-spreadsheet";
  }

  getSheetByName(name: string): Sheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  toast(_message: string): void {}

  toString(): string {
    return "Spreadsheet";
  }
}

export class SpreadsheetApp {
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" };

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly ui: object,
  ) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet;
  }

  getUi(): object {
    return this.ui;
  }
}

/** The SpreadsheetHost a runtime under test runs against, over a fresh fake spreadsheet. */
export function createFakeHost(
  documentProperties: Record<string, string> = {},
): SpreadsheetHost<Spreadsheet> {
  const spreadsheet = new Spreadsheet();
  return {
    spreadsheet,
    documentProperties,
    createSpreadsheetApp: (ui) => new SpreadsheetApp(spreadsheet, ui),
    charts: { ChartType: { BAR: "BAR" } },
  };
}
