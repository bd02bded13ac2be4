import { createSpreadsheet, createSpreadsheetApp } from "../../../src/local/spreadsheet";

// Expected behaviour from the Apps Script reference pages for Spreadsheet and Sheet and from
// Sheets' own messages; counts below are worked by hand from the edits each test makes.
describe("createSpreadsheet", () => {
  it("starts with one sheet Sheet1 of 1000 rows x 26 columns", () => {
    const spreadsheet = createSpreadsheet({ name: "Pipeline" });
    const [sheet] = spreadsheet.getSheets();
    expect(spreadsheet.getName()).toBe("Pipeline");
    expect(sheet?.getName()).toBe("Sheet1");
    expect([sheet?.getMaxRows(), sheet?.getMaxColumns()]).toEqual([1000, 26]);
    expect(spreadsheet.getSpreadsheetLocale()).toBe("en_US");
  });

  it("names classes as Apps Script does (toString and constructor.name)", () => {
    const spreadsheet = createSpreadsheet();
    const range = spreadsheet.getActiveSheet().getRange("A1");
    expect([String(spreadsheet), String(spreadsheet.getActiveSheet()), String(range)]).toEqual([
      "Spreadsheet",
      "Sheet",
      "Range",
    ]);
    expect(range.constructor.name).toBe("Range");
  });
});

describe("Spreadsheet sheets", () => {
  it("inserts sheets by name and index, finds them by name, null when absent", () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet.insertSheet("Leads");
    spreadsheet.insertSheet("Stages", 0);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Stages", "Sheet1", "Leads"]);
    expect(spreadsheet.getSheetByName("Leads")?.getIndex()).toBe(3);
    expect(spreadsheet.getSheetByName("Missing")).toBeNull();
    expect(spreadsheet.getNumSheets()).toBe(3);
  });

  it("refuses a duplicate sheet name on insert and on rename", () => {
    const spreadsheet = createSpreadsheet();
    const leads = spreadsheet.insertSheet("Leads");
    expect(() => spreadsheet.insertSheet("Leads")).toThrow(
      'A sheet with the name "Leads" already exists. Please enter another name.',
    );
    expect(() => leads.setName("Sheet1")).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
  });

  it("deletes sheets but never the last one", () => {
    const spreadsheet = createSpreadsheet();
    const extra = spreadsheet.insertSheet();
    expect(extra.getName()).toBe("Sheet2");
    spreadsheet.deleteSheet(extra);
    expect(() => spreadsheet.deleteSheet(spreadsheet.getActiveSheet())).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it("resolves Sheet!A1 notation and records toasts", () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet.insertSheet("Q1 Leads").getRange("B2").setValue(5);
    expect(spreadsheet.getRange("'Q1 Leads'!B2").getValue()).toBe(5);
    spreadsheet.toast("Scored 5 leads", "Pipeline Confidence");
    expect(spreadsheet.toasts).toEqual([
      { message: "Scored 5 leads", title: "Pipeline Confidence", timeoutSeconds: 5 },
    ]);
  });
});

describe("Sheet grid", () => {
  it("reports last row and column 0 on an empty sheet and a 1x1 data range", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("C4").setValue("x");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C4");
  });

  it("moves values when rows and columns are inserted or deleted", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    sheet.getRange("A1:A3").setValues([["a"], ["b"], ["c"]]);
    sheet.insertRowsAfter(1, 2); // b, c move from rows 2, 3 to 4, 5
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["a", "", "", "b", "c"]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    sheet.insertColumnsBefore(1, 1); // column A moves to B
    expect(sheet.getRange("B1:B3").getValues().flat()).toEqual(["a", "b", "c"]);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange("A3").getValue()).toBe("c");
  });

  it("appends a row below the last row, growing a full grid", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    sheet.getRange(1000, 1).setValue("last");
    sheet.appendRow(["L-1", "42"]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange("A1001:B1001").getValues()).toEqual([["L-1", 42]]);
  });

  it("keeps frozen rows, column widths and hidden state", () => {
    const spreadsheet = createSpreadsheet();
    const sheet = spreadsheet.getActiveSheet().setFrozenRows(1).setFrozenColumns(2).setColumnWidth(3, 250);
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getColumnWidth(3),
      sheet.getColumnWidth(4),
    ]).toEqual([1, 2, 250, 100]);
    spreadsheet.insertSheet("Other");
    expect(sheet.hideSheet().isSheetHidden()).toBe(true);
  });

  it("clears contents, formats, or both", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    sheet.getRange("A1").setValue(1).setNumberFormat("0.00").setBackground("red");
    expect(sheet.getRange("A1").getBackground()).toBe("#ff0000");
    sheet.clearContents();
    expect([sheet.getRange("A1").getValue(), sheet.getRange("A1").getNumberFormat()]).toEqual(["", "0.00"]);
    sheet.clear();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
  });
});

describe("SpreadsheetApp", () => {
  it("returns the bound spreadsheet and its active sheet and range", () => {
    const spreadsheet = createSpreadsheet();
    const app = createSpreadsheetApp(spreadsheet, null);
    spreadsheet.insertSheet("Leads").getRange("B2:C3").activate();
    expect(app.getActiveSpreadsheet()).toBe(spreadsheet);
    expect(app.getActiveSheet().getName()).toBe("Leads");
    expect(app.getActiveRange().getA1Notation()).toBe("B2:C3");
  });
});

describe("bad input", () => {
  it("refuses getUi where there is no UI", () => {
    const app = createSpreadsheetApp(createSpreadsheet(), null);
    expect(() => app.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });

  it("refuses growth past 10 million cells", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    // 1000 x 26 = 26,000 cells; 384,000 more rows of 26 = 9,984,000 more → 10,010,000 > 10,000,000.
    expect(() => sheet.insertRowsAfter(1000, 384_000)).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
  });

  it("refuses deleting every row and rows past the end", () => {
    const sheet = createSpreadsheet().getActiveSheet();
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
    expect(() => sheet.deleteRows(999, 5)).toThrow("Those rows are out of bounds.");
  });

  it("refuses an empty sheet name on insert and on rename", () => {
    const spreadsheet = createSpreadsheet();
    expect(() => spreadsheet.insertSheet("")).toThrow(
      "A sheet name can't be empty. Please enter another name.",
    );
    expect(() => spreadsheet.getActiveSheet().setName("")).toThrow(
      "A sheet name can't be empty. Please enter another name.",
    );
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Sheet1"]);
  });

  it("refuses a sheet name over 100 characters on insert and on rename, and takes 100", () => {
    const spreadsheet = createSpreadsheet();
    const longest = "x".repeat(100);
    const tooLong = "y".repeat(101);
    const message = `The sheet name "${tooLong}" is longer than 100 characters. Please enter another name.`;
    expect(() => spreadsheet.insertSheet(tooLong)).toThrow(message);
    expect(() => spreadsheet.getActiveSheet().setName(tooLong)).toThrow(message);
    expect(spreadsheet.insertSheet(longest).getName()).toBe(longest);
  });

  it("refuses a range on an unknown sheet", () => {
    expect(() => createSpreadsheet().getRange("Nope!A1")).toThrow("Range not found");
  });
});
