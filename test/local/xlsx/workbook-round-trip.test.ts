import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { createSpreadsheet, createSpreadsheetApp } from "../../../src/local/spreadsheet";
import { loadWorkbook, STATE_SHEET_NAME, saveWorkbook } from "../../../src/local/xlsx";

// Each test writes a workbook, reads it back, and expects exactly what was written (a round trip
// is its own reference); grid sizes follow Sheets' import rule, max(1000, rows) x max(26, columns).
const folder = mkdtempSync(join(tmpdir(), "pc-xlsx-"));

async function roundTrip(spreadsheet = createSpreadsheet(), documentProperties: Record<string, string> = {}) {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.xlsx`);
  await saveWorkbook(path, { spreadsheet, documentProperties });
  return loadWorkbook(path);
}

describe("saveWorkbook and loadWorkbook", () => {
  it("writes colour rules as native conditional formatting too, and loads them back once", async () => {
    const spreadsheet = createSpreadsheet();
    const app = createSpreadsheetApp(spreadsheet, null);
    const sheet = spreadsheet.getActiveSheet();
    const range = sheet.getRange("G2:G9");
    const rule = () => app.newConditionalFormatRule().setRanges([range]);
    sheet.setConditionalFormatRules([
      rule().whenNumberGreaterThanOrEqualTo(0.6).setBackground("#b7e1cd").build(),
      rule().whenNumberBetween(0.3, 0.6).setBackground("#fce8b2").build(),
      rule().whenFormulaSatisfied("=ISNUMBER(G2)*(G2*10000<3000)").setBackground("#c9daf8").build(),
      rule().whenTextContains("x").setBold(true).build(), // no background: Sheets-only, not written natively
    ]);
    const path = join(folder, "colours.xlsx");
    await saveWorkbook(path, { spreadsheet, documentProperties: {} });
    // What Excel reads: the file's own conditional formatting, read with exceljs directly.
    const excel = new Workbook();
    await excel.xlsx.readFile(path);
    // exceljs reads them into `conditionalFormattings`, which its typings leave out.
    const worksheet = excel.getWorksheet(sheet.getName()) as unknown as {
      conditionalFormattings?: { ref: string; rules: unknown[] }[];
    };
    const native = worksheet.conditionalFormattings ?? [];
    expect(
      native.map(({ ref, rules }) => {
        const [first] = rules as unknown as { type: string; operator?: string; formulae: unknown[] }[];
        return [ref, first?.type, first?.operator, first?.formulae];
      }),
    ).toEqual([
      // OOXML keeps a rule's operands as formula text.
      ["G2:G9", "cellIs", "greaterThanOrEqual", ["0.6"]],
      ["G2:G9", "cellIs", "between", ["0.3", "0.6"]],
      ["G2:G9", "expression", undefined, ["ISNUMBER(G2)*(G2*10000<3000)"]],
    ]);
    const loaded = (await loadWorkbook(path)).spreadsheet.getActiveSheet();
    expect(loaded.getConditionalFormatRules()).toHaveLength(4);
  });

  it("keep strings, numbers, booleans, dates, formulas, apostrophe text and number formats", async () => {
    const spreadsheet = createSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const march = new Date(Date.UTC(2024, 2, 1, 10, 30));
    sheet.getRange("A1:E2").setValues([
      ["Acme", 1234.5, true, march, "=B1*2"],
      ["'=not a formula", "'00123", "60%", "", ""],
    ]);
    sheet.getRange("B1").setNumberFormat("#,##0.00");
    const loaded = (await roundTrip(spreadsheet)).spreadsheet.getActiveSheet();
    expect(loaded.getRange("A1:D2").getValues()).toEqual([
      ["Acme", 1234.5, true, march],
      ["=not a formula", "00123", 0.6, ""],
    ]);
    expect(loaded.getRange("E1").getFormula()).toBe("=B1*2");
    expect(loaded.getRange("A2").getFormula()).toBe("");
    expect([
      loaded.getRange("B1").getNumberFormat(),
      loaded.getRange("C2").getNumberFormat(),
      loaded.getRange("D1").getNumberFormat(),
    ]).toEqual(["#,##0.00", "0%", "0.###############"]);
  });

  it("keeps a date's wall clock in a spreadsheet time zone other than the process's", async () => {
    const spreadsheet = createSpreadsheet({ timeZone: "America/New_York" });
    // Midnight of 2024-07-04 in New York (UTC-4 in summer) is 04:00 UTC.
    const independenceDay = new Date(Date.UTC(2024, 6, 4, 4));
    spreadsheet.getActiveSheet().getRange("A1").setValue(independenceDay);
    const loaded = (await roundTrip(spreadsheet)).spreadsheet;
    expect(loaded.getSpreadsheetTimeZone()).toBe("America/New_York");
    expect((loaded.getActiveSheet().getRange("A1").getValue() as Date).toISOString()).toBe(
      "2024-07-04T04:00:00.000Z",
    );
    expect(loaded.getActiveSheet().getRange("A1").getDisplayValue()).toBe("7/4/2024");
  });

  it("keeps sheet order, frozen panes, column widths, hidden sheets and the grid size", async () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet
      .insertSheet("Leads")
      .setFrozenRows(1)
      .setFrozenColumns(2)
      .setColumnWidth(3, 250)
      .insertRowsAfter(1000, 500);
    spreadsheet.insertSheet("Settings").hideSheet();
    const loaded = (await roundTrip(spreadsheet)).spreadsheet;
    expect(loaded.getSheets().map((sheet) => sheet.getName())).toEqual(["Sheet1", "Leads", "Settings"]);
    const leads = loaded.getSheetByName("Leads");
    expect([
      leads?.getFrozenRows(),
      leads?.getFrozenColumns(),
      leads?.getColumnWidth(3),
      leads?.getMaxRows(),
    ]).toEqual([1, 2, 250, 1500]);
    expect(loaded.getSheetByName("Settings")?.isSheetHidden()).toBe(true);
  });

  it("keeps list validations, metadata, protections, conditional rules, charts and document properties", async () => {
    const spreadsheet = createSpreadsheet({ name: "Pipeline" });
    const app = createSpreadsheetApp(spreadsheet, null);
    const sheet = spreadsheet.getActiveSheet();
    sheet
      .getRange("B2:B4")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["Open", "Won"]).setAllowInvalid(false).build(),
      );
    spreadsheet.addDeveloperMetadata("pc.version", "3");
    sheet.getRange("2:2").addDeveloperMetadata("pc.header", "leads");
    sheet.protect().setDescription("Owned by Pipeline Confidence").setWarningOnly(true);
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0.3)
      .setBackground("#f4c7c3")
      .setRanges([sheet.getRange("C2:C9")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType("PIE")
        .addRange(sheet.getRange("A1:B4"))
        .setOption("title", "Mix")
        .build(),
    );
    const loaded = await roundTrip(spreadsheet, { settings: '{"target":5}' });
    const back = loaded.spreadsheet;
    const backSheet = back.getActiveSheet();
    expect(loaded.documentProperties).toEqual({ settings: '{"target":5}' });
    expect(back.getName()).toBe("Pipeline");
    expect(backSheet.getRange("B3").getDataValidation()?.getCriteriaValues()).toEqual([
      ["Open", "Won"],
      true,
    ]);
    expect(backSheet.getRange("B3").getDataValidation()?.getAllowInvalid()).toBe(false);
    expect(back.getDeveloperMetadata().map((found) => [found.getKey(), found.getValue()])).toEqual([
      ["pc.version", "3"],
    ]);
    expect(backSheet.getRange("2:2").getDeveloperMetadata()[0]?.getValue()).toBe("leads");
    expect(
      backSheet.getProtections("SHEET").map((found) => [found.getDescription(), found.isWarningOnly()]),
    ).toEqual([["Owned by Pipeline Confidence", true]]);
    const condition = backSheet.getConditionalFormatRules()[0]?.getBooleanCondition();
    expect([
      condition?.getCriteriaType(),
      condition?.getCriteriaValues(),
      condition?.getBackground(),
    ]).toEqual(["NUMBER_LESS_THAN", [0.3], "#f4c7c3"]);
    expect(backSheet.getCharts().map((chart) => [chart.getType(), chart.getOptions().get("title")])).toEqual([
      ["PIE", "Mix"],
    ]);
  });

  it("keeps sheet names .xlsx cannot hold, with their values and metadata", async () => {
    const spreadsheet = createSpreadsheet();
    const app = createSpreadsheetApp(spreadsheet, null);
    const draft = "Q1: Leads [draft]";
    // 60 characters; its first 31 are also the name of another sheet, so a cut name would clash.
    const longName = "Pipeline by owner and stage for the first quarter of 2026 ok";
    const cutName = longName.slice(0, 31);
    expect(longName).toHaveLength(60);
    const names = [draft, longName, cutName, "History", STATE_SHEET_NAME];
    for (const name of names) {
      const sheet = spreadsheet.insertSheet(name);
      sheet.getRange("A1").setValue(`value of ${name}`);
      sheet.addDeveloperMetadata("pc.tab", name);
      sheet.getRange("2:2").addDeveloperMetadata("pc.header", `header of ${name}`);
    }
    const long = spreadsheet.getSheetByName(longName);
    long?.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0.3)
        .setBackground("#f4c7c3")
        .setRanges([long.getRange("C2:C9")])
        .build(),
    ]);
    const path = join(folder, "sheet-names.xlsx");
    await saveWorkbook(path, { spreadsheet, documentProperties: {} });
    const back = (await loadWorkbook(path)).spreadsheet;
    expect(back.getSheets().map((sheet) => sheet.getName())).toEqual(["Sheet1", ...names]);
    for (const name of names) {
      const sheet = back.getSheetByName(name);
      expect(sheet?.getRange("A1").getValue()).toBe(`value of ${name}`);
      expect(sheet?.getDeveloperMetadata().map((found) => found.getValue())).toEqual([name]);
      expect(sheet?.getRange("2:2").getDeveloperMetadata()[0]?.getValue()).toBe(`header of ${name}`);
    }
    const rule = back.getSheetByName(longName)?.getConditionalFormatRules()[0];
    expect(rule?.getRanges().map((range) => range.getA1Notation())).toEqual(["C2:C9"]);
    // What Excel sees: unique names of at most 31 characters, none of : [ ] * ? / \ and no "History".
    const excel = new Workbook();
    await excel.xlsx.readFile(path);
    const excelNames = excel.worksheets.map((worksheet) => worksheet.name);
    expect(new Set(excelNames.map((name) => name.toLowerCase())).size).toBe(excelNames.length);
    expect(excelNames.filter((name) => name === STATE_SHEET_NAME)).toHaveLength(1);
    for (const name of excelNames) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:[\]*?/\\]/);
      expect(name).not.toBe("History");
    }
  });

  it("keeps notes, fills, bold, italic, font colors, alignment and wrap", async () => {
    const spreadsheet = createSpreadsheet();
    const range = spreadsheet.getActiveSheet().getRange("A1:B2");
    range.setValues([
      ["Lead", "Value"],
      ["L-1", 5],
    ]);
    range.setNotes([
      ["key", ""],
      ["", "in EUR"],
    ]);
    range.setBackgrounds([
      ["#cfe2f3", "#cfe2f3"],
      ["#ffffff", "#f4c7c3"],
    ]);
    spreadsheet.getActiveSheet().getRange("A1:B1").setFontWeight("bold").setFontStyle("italic");
    spreadsheet.getActiveSheet().getRange("B2").setFontColor("#990000").setHorizontalAlignment("right");
    const back = (await roundTrip(spreadsheet)).spreadsheet.getActiveSheet().getRange("A1:B2");
    expect(back.getNotes()).toEqual([
      ["key", ""],
      ["", "in EUR"],
    ]);
    expect(back.getBackgrounds()).toEqual([
      ["#cfe2f3", "#cfe2f3"],
      ["#ffffff", "#f4c7c3"],
    ]);
    expect(back.getFontWeights()).toEqual([
      ["bold", "bold"],
      ["normal", "normal"],
    ]);
    const amount = back.getCell(2, 2);
    expect([back.getFontStyle(), amount.getFontColor(), amount.getHorizontalAlignment()]).toEqual([
      "italic",
      "#990000",
      "right",
    ]);
  });

  it("loads each row at its exact width, alike format rows as one shared row, and one Date per instant", async () => {
    const spreadsheet = createSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const day = new Date(Date.UTC(2024, 0, 1));
    sheet.getRange("A1:C4").setValues([
      ["Lead", "Created", "Note"],
      ["L-1", day, ""],
      ["L-2", "", ""],
      ["L-3", day, ""],
    ]);
    sheet.getRange("B2:B4").setNumberFormat("yyyy-mm-dd");
    const { cells } = (await roundTrip(spreadsheet)).spreadsheet.getActiveSheet();
    // Row 1 fills three columns; rows 2 and 4 end at column B, row 3 at A (its B and C are blank).
    expect(cells.values.rows.map((row) => row?.length)).toEqual([3, 2, 1, 2]);
    // Rows 2 and 4 carry the same format, though row 3 stands between them.
    expect(cells.formats.rows[3]).toBe(cells.formats.rows[1]);
    expect(cells.values.rows[3]?.[1]).toBe(cells.values.rows[1]?.[1]);
  });

  it("never shows the state sheet, and leaves no temporary file next to the workbook", async () => {
    const loaded = await roundTrip(createSpreadsheet());
    expect(loaded.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Sheet1"]);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("sizes an imported sheet max(1000, used rows) x max(26, used columns), dates at local midnight", async () => {
    const excel = new Workbook();
    const sheet = excel.addWorksheet("Imported");
    sheet.getCell(1500, 30).value = "far corner";
    // exceljs writes this UTC instant as the serial of 2024-03-01 00:00 (no zone in xlsx).
    sheet.getCell(1, 1).value = new Date(Date.UTC(2024, 2, 1));
    const path = join(folder, "foreign.xlsx");
    await excel.xlsx.writeFile(path);
    const imported = (await loadWorkbook(path)).spreadsheet.getActiveSheet();
    expect([imported.getMaxRows(), imported.getMaxColumns()]).toEqual([1500, 30]);
    // Jest runs with TZ=UTC, so local midnight is 00:00 UTC.
    expect((imported.getRange("A1").getValue() as Date).toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("gives every cell of an imported list validation's range the rule", async () => {
    const excel = new Workbook();
    const sheet = excel.addWorksheet("Imported");
    sheet.getCell("A1").value = "Status";
    (sheet as unknown as { dataValidations: { add(a1: string, rule: object): void } }).dataValidations.add(
      "B2:C3",
      { type: "list", allowBlank: true, formulae: ['"Open,Won"'] },
    );
    const path = join(folder, "validated.xlsx");
    await excel.xlsx.writeFile(path);
    const imported = (await loadWorkbook(path)).spreadsheet.getActiveSheet();
    const rules = imported.getRange("A1:D4").getDataValidations();
    // B2:C3 is rows 2–3, columns 2–3 of A1:D4; the ring around it has no rule.
    expect(rules.map((line) => line.map((rule) => rule?.getCriteriaValues()[0] ?? null))).toEqual([
      [null, null, null, null],
      [null, ["Open", "Won"], ["Open", "Won"], null],
      [null, ["Open", "Won"], ["Open", "Won"], null],
      [null, null, null, null],
    ]);
  });
});

describe("bad input", () => {
  it("refuses a missing file", async () => {
    const path = join(folder, "missing.xlsx");
    await expect(loadWorkbook(path)).rejects.toThrow(`Workbook not found: ${path}`);
  });

  it("refuses a file that is not an .xlsx", async () => {
    const path = join(folder, "notes.xlsx");
    writeFileSync(path, "plain text, not a zip");
    await expect(loadWorkbook(path)).rejects.toThrow(
      `Cannot read workbook ${path}: not a valid .xlsx file (`,
    );
  });

  it("fails a save into a missing folder without leaving a file behind", async () => {
    const path = join(folder, "no-such-folder", "out.xlsx");
    await expect(
      saveWorkbook(path, { spreadsheet: createSpreadsheet(), documentProperties: {} }),
    ).rejects.toThrow(`Cannot write ${path}: folder ${join(folder, "no-such-folder")} does not exist`);
    expect(readdirSync(folder).filter((name) => name.includes("out.xlsx"))).toEqual([]);
  });
});
