import { createSpreadsheet } from "../../../src/local/spreadsheet";

// Expected values follow Google Sheets' documented behaviour for a script's reads and writes
// (Range.getValues / setValues reference pages and typed-entry rules); each case says which.
function newSheet() {
  return createSpreadsheet({ timeZone: "UTC" }).getActiveSheet();
}

describe("Range.getValues", () => {
  it("reads blank cells as empty strings", () => {
    const sheet = newSheet();
    sheet.getRange("B2").setValue(7);
    // A1:B2 holds one value; the other three cells were never written.
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["", ""],
      ["", 7],
    ]);
  });

  it("reads date cells as Date objects", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setValue(new Date(Date.UTC(2024, 2, 1)));
    const value = sheet.getRange("A1").getValue();
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("returns a copy: mutating the returned grid or Date leaves the sheet unchanged", () => {
    const sheet = newSheet();
    sheet.getRange("A1:B1").setValues([[1, new Date(Date.UTC(2024, 0, 1))]]);
    const read = sheet.getRange("A1:B1").getValues();
    (read[0] as unknown[])[0] = 99;
    ((read[0] as unknown[])[1] as Date).setUTCFullYear(1999);
    expect(sheet.getRange("A1").getValue()).toBe(1);
    expect((sheet.getRange("B1").getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  it("keeps no reference to the grid passed to setValues", () => {
    const sheet = newSheet();
    const written = [[1, new Date(Date.UTC(2024, 0, 1))]];
    sheet.getRange("A1:B1").setValues(written);
    (written[0] as unknown[])[0] = 2;
    ((written[0] as unknown[])[1] as Date).setUTCFullYear(1999);
    expect(sheet.getRange("A1").getValue()).toBe(1);
    expect((sheet.getRange("B1").getValue() as Date).getUTCFullYear()).toBe(2024);
  });
});

describe("Range.setValues", () => {
  it("keeps numbers, booleans and Dates as they are", () => {
    const sheet = newSheet();
    const date = new Date(Date.UTC(2024, 5, 30, 12));
    sheet.getRange("A1:C1").setValues([[0.25, false, date]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[0.25, false, date]]);
  });

  it("reads strings like typed input: numbers, booleans, percents, ISO dates", () => {
    const sheet = newSheet();
    sheet.getRange("A1:F1").setValues([["123", "TRUE", "false", "60%", "2024-03-01", "Acme"]]);
    const row = sheet.getRange("A1:F1").getValues()[0] ?? [];
    // Typing 60% in Sheets stores 0.6 under a percent format.
    expect(row.slice(0, 4)).toEqual([123, true, false, 0.6]);
    expect(sheet.getRange("D1").getNumberFormat()).toBe("0%");
    // 2024-03-01 typed in a UTC spreadsheet is that day's midnight in UTC.
    expect((row[4] as Date).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(row[5]).toBe("Acme");
  });

  it("stores a leading apostrophe as a text marker, not part of the value", () => {
    const sheet = newSheet();
    sheet.getRange("A1:B1").setValues([["'=1", "'00123"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["=1", "00123"]]);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["", ""]]);
  });

  it("stores a string starting with = as a formula whose value is not computed", () => {
    const sheet = newSheet();
    sheet.getRange("A1:A2").setValues([[2], [3]]);
    sheet.getRange("A3").setValue("=SUM(A1:A2)");
    expect(sheet.getRange("A3").getFormula()).toBe("=SUM(A1:A2)");
    // Documented limit of the local runtime: formulas are kept, not evaluated, so they read as "".
    expect(sheet.getRange("A3").getValue()).toBe("");
    expect(sheet.getLastRow()).toBe(3);
  });

  it("keeps strings as text in a cell formatted as plain text (@)", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setNumberFormat("@").setValue("00123");
    expect(sheet.getRange("A1").getValue()).toBe("00123");
  });

  it("writes one value to every cell with setValue", () => {
    const sheet = newSheet();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });
});

describe("bad input", () => {
  it("refuses a grid with the wrong number of rows, with Sheets' message", () => {
    const range = newSheet().getRange("A1:B2");
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.",
    );
  });

  it("refuses a grid with the wrong number of columns, with Sheets' message", () => {
    const range = newSheet().getRange("A1:B2");
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  it("refuses a range outside the grid (1000 rows x 26 columns)", () => {
    const sheet = newSheet();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  it("refuses zero rows or columns and a start before row or column 1", () => {
    const sheet = newSheet();
    expect(() => sheet.getRange(1, 1, 0)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
  });

  it("refuses a non-array to setValues and text over 50,000 characters", () => {
    const range = newSheet().getRange("A1");
    expect(() => range.setValues("x" as unknown as unknown[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => range.setValue("x".repeat(50_001))).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
  });

  it("refuses malformed A1 notation", () => {
    expect(() => newSheet().getRange("A1:B2:C3")).toThrow("Range not found");
  });
});
