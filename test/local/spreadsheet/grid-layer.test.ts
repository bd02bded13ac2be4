import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { GridLayer } from "../../../src/local/spreadsheet/grid-layer";

// Storage of a sheet's cells: lean rows and rows shared between cells that are alike. Every
// expectation is the Apps Script answer (what the cells hold), worked out from the writes by hand.
function newSheet() {
  return createSpreadsheet({ timeZone: "UTC" }).getActiveSheet();
}

/** A 4 × 3 block under one format per column, written with setNumberFormats as the demo does. */
function formattedSheet() {
  const sheet = newSheet();
  const row = ["0", "0.00%", "yyyy-mm-dd"];
  sheet.getRange(1, 1, 4, 3).setNumberFormats([row, row, row, row]);
  return sheet;
}

describe("GridLayer", () => {
  it("shares one row between rows whose formats are the same", () => {
    const sheet = formattedSheet();
    const rows = sheet.cells.formats.rows;
    expect(rows[1]).toBe(rows[0]);
    expect(rows[3]).toBe(rows[0]);
  });

  it("changes only the cell set, not the rows sharing its row", () => {
    const sheet = formattedSheet();
    sheet.getRange("B2").setNumberFormat("#,##0");
    // Row 2 alone gets the new format in column B; rows 1, 3 and 4 keep "0.00%".
    expect(sheet.getRange(1, 2, 4, 1).getNumberFormats()).toEqual([
      ["0.00%"],
      ["#,##0"],
      ["0.00%"],
      ["0.00%"],
    ]);
  });

  it("sets a typed entry's format on one cell of a shared row only", () => {
    const sheet = newSheet();
    sheet.getRange("A1:A2").setNumberFormats([["0"], ["0"]]);
    sheet.getRange("B1").setValue("60%");
    // Typing 60% gives an unformatted cell Sheets' "0%"; row 2 was not written and keeps its formats.
    expect(sheet.getRange("A1:B2").getNumberFormats()).toEqual([
      ["0", "0%"],
      ["0", "0.###############"],
    ]);
  });

  it("clears part of shared rows and keeps the rest", () => {
    const sheet = formattedSheet();
    sheet.getRange("A2:B3").clearFormat();
    // Rows 2–3 lose columns A–B; their column C and rows 1 and 4 are untouched.
    expect(sheet.getRange(1, 1, 4, 3).getNumberFormats()).toEqual([
      ["0", "0.00%", "yyyy-mm-dd"],
      ["0.###############", "0.###############", "yyyy-mm-dd"],
      ["0.###############", "0.###############", "yyyy-mm-dd"],
      ["0", "0.00%", "yyyy-mm-dd"],
    ]);
  });

  it("moves shared rows' cells when columns are inserted and deleted", () => {
    const sheet = formattedSheet();
    sheet.insertColumnsBefore(2, 1);
    // A new blank column B pushes "0.00%" to C and the date format to D, in every row.
    expect(sheet.getRange(4, 1, 1, 4).getNumberFormats()).toEqual([
      ["0", "0.###############", "0.00%", "yyyy-mm-dd"],
    ]);
    sheet.deleteColumns(1, 2);
    // Deleting A–B leaves "0.00%" in A and the date format in B.
    expect(sheet.getRange(1, 1, 1, 3).getNumberFormats()).toEqual([
      ["0.00%", "yyyy-mm-dd", "0.###############"],
    ]);
    expect(sheet.cells.formats.rows[3]).toBe(sheet.cells.formats.rows[0]);
  });

  it("widens a row for a cell past its end and keeps the cells before it", () => {
    const layer = new GridLayer<string>();
    layer.writableRow(0, 2)[1] = "b";
    layer.set(0, 5, "f");
    expect([layer.get(0, 1), layer.get(0, 5), layer.get(0, 3)]).toEqual(["b", "f", undefined]);
  });
});

describe("stored dates", () => {
  it("reads equal dates in two cells as two separate Dates", () => {
    const sheet = newSheet();
    const day = Date.UTC(2024, 0, 1);
    sheet.getRange("A1:B1").setValues([[new Date(day), "2024-01-01"]]);
    const [first, second] = (sheet.getRange("A1:B1").getValues()[0] ?? []) as Date[];
    expect(first).not.toBe(second);
    first?.setUTCFullYear(1999);
    // Changing one read Date changes neither the other read nor the cells.
    expect(second?.getTime()).toBe(day);
    expect((sheet.getRange("B1").getValue() as Date).getTime()).toBe(day);
    expect((sheet.getRange("A1").getValue() as Date).getTime()).toBe(day);
  });
});
