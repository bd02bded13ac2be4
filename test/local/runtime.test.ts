import { createLocalRuntime } from "../../src/local/runtime";
import { createSpreadsheet } from "../../src/local/spreadsheet";

const code = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Score leads", "scoreLeads").addToUi();
}
function scoreLeads() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return "busy";
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads");
  var values = sheet.getRange(1, 1, 3, 2).getValues();
  var scored = values.map(function (row) { return [typeof row[1] === "number" ? row[1] * 2 : row[1]]; });
  sheet.getRange(1, 3, 3, 1).setValues(scored);
  PropertiesService.getDocumentProperties().setProperty("lastRun", "ok");
  return values.length;
}
function DOUBLE(x) { return x * 2; }
function WRITE() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange("A1").setValue(1); }
`;

function createWorkbook() {
  const spreadsheet = createSpreadsheet({ timeZone: "UTC" });
  const sheet = spreadsheet.insertSheet("Leads");
  sheet.getRange(1, 1, 3, 2).setValues([
    ["Lead", "Value"],
    ["L-1", 100],
    ["L-2", 250],
  ]);
  return { spreadsheet, documentProperties: { period: "2024-Q1" } };
}

describe("createLocalRuntime", () => {
  it("runs a script against the in-memory spreadsheet with one read and one write", () => {
    const workbook = createWorkbook();
    const runtime = createLocalRuntime(code, workbook);
    expect(runtime.call("scoreLeads")).toBe(3);
    // Column C = column B doubled, by hand: "Value" stays text, 100 → 200, 250 → 500.
    expect(workbook.spreadsheet.getSheetByName("Leads")?.getRange(1, 3, 3, 1).getValues()).toEqual([
      ["Value"],
      [200],
      [500],
    ]);
    expect(runtime.calls["Range.getValues"]).toBe(1);
    expect(runtime.calls["Range.setValues"]).toBe(1);
    expect(runtime.documentProperties()).toEqual({ period: "2024-Q1", lastRun: "ok" });
  });

  it("builds the add-on menu on open in AuthMode.NONE", () => {
    const runtime = createLocalRuntime(code, createWorkbook());
    runtime.simulateOpen("NONE");
    expect(runtime.ui.menus).toEqual([
      {
        caption: "Pipeline Confidence",
        addon: true,
        entries: [{ kind: "item", caption: "Score leads", functionName: "scoreLeads" }],
      },
    ]);
  });

  it("runs a custom function and refuses its writes", () => {
    const runtime = createLocalRuntime(code, createWorkbook());
    expect(runtime.callCustomFunction("DOUBLE", 21)).toBe(42);
    expect(() => runtime.callCustomFunction("WRITE")).toThrow(
      "You do not have permission to call Range.setValue",
    );
  });

  it("answers busy while another execution holds the document lock", () => {
    const runtime = createLocalRuntime(code, createWorkbook());
    const release = runtime.holdDocumentLock();
    expect(runtime.call("scoreLeads")).toBe("busy");
    release();
    expect(runtime.call("scoreLeads")).toBe(3);
  });

  it("lists the script's functions", () => {
    expect(createLocalRuntime(code, createWorkbook()).globalNames()).toEqual([
      "onOpen",
      "scoreLeads",
      "DOUBLE",
      "WRITE",
    ]);
  });

  describe("grids crossing into the script", () => {
    const gridCode = `
function readGrid() {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(1, 1, 2, 2).getValues();
  var kinds = [values instanceof Array, values[1] instanceof Array, values[1][1] instanceof Date];
  values[1][0] = "changed";
  values[1][1].setUTCFullYear(1999);
  return kinds;
}
function readSerialDate() {
  var value = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange("B2").getValue();
  return [value instanceof Date, value.toISOString()];
}
function writeDate() {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(1, 1, 1, 1).setValues([new Date(0)]);
}
function writeGrid() {
  var grid = [["L-9", new Date(Date.UTC(2024, 0, 1))]];
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(3, 1, 1, 2).setValues(grid);
  grid[0][0] = "changed";
  grid[0][1].setUTCFullYear(1999);
}`;
    function leadsSheet(workbook: ReturnType<typeof createWorkbook>) {
      const sheet = workbook.spreadsheet.getSheetByName("Leads");
      if (sheet === null) throw new Error("the Leads sheet is missing");
      return sheet;
    }
    function dateWorkbook() {
      const workbook = createWorkbook();
      workbook.spreadsheet
        .getSheetByName("Leads")
        ?.getRange("B2")
        .setValue(new Date(Date.UTC(2024, 5, 1)));
      return workbook;
    }

    it("gives the script its own arrays and Dates, which it may change without changing the sheet", () => {
      const workbook = dateWorkbook();
      expect(createLocalRuntime(gridCode, workbook).call("readGrid")).toEqual([true, true, true]);
      const sheet = leadsSheet(workbook);
      expect(sheet.getRange("A2").getValue()).toBe("L-1");
      expect((sheet.getRange("B2").getValue() as Date).toISOString()).toBe("2024-06-01T00:00:00.000Z");
    });

    it("gives the script its own Date for a number under a date format", () => {
      const workbook = createWorkbook();
      leadsSheet(workbook).getRange("B2").setNumberFormat("yyyy-mm-dd");
      // B2 holds 100: serial 100 is 100 days after 1899-12-30 → 1900-04-09 (Dec 1 + Jan 31 + Feb 28 + Mar 31 = 91, + 9).
      expect(createLocalRuntime(gridCode, workbook).call("readSerialDate")).toEqual([
        true,
        "1900-04-09T00:00:00.000Z",
      ]);
    });

    it("keeps nothing of a grid the script wrote", () => {
      const workbook = dateWorkbook();
      createLocalRuntime(gridCode, workbook).call("writeGrid");
      const sheet = leadsSheet(workbook);
      expect(sheet.getRange("A3").getValue()).toBe("L-9");
      expect((sheet.getRange("B3").getValue() as Date).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    });

    it("names the script's own Date when it passes one where a row belongs", () => {
      // Apps Script's message for setValues([date]): the grid's rows must be arrays, this one is a Date.
      expect(() => createLocalRuntime(gridCode, dateWorkbook()).call("writeDate")).toThrow(
        "The parameters (Date[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    });

    it("hands host callers host arrays and Dates again once the script's call is over", () => {
      const workbook = dateWorkbook();
      createLocalRuntime(gridCode, workbook).call("readGrid");
      const values = leadsSheet(workbook).getRange(1, 1, 2, 2).getValues();
      expect(values).toBeInstanceOf(Array);
      expect(values[1]).toBeInstanceOf(Array);
      expect(values[1]?.[1]).toBeInstanceOf(Date);
    });
  });
});
