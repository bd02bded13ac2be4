import { Charts, createSpreadsheet, createSpreadsheetApp } from "../../../src/local/spreadsheet";

// Expected behaviour from the Apps Script reference pages for DeveloperMetadata, DataValidation,
// ConditionalFormatRule, Protection and EmbeddedChart.
function setUp() {
  const spreadsheet = createSpreadsheet();
  return { spreadsheet, app: createSpreadsheetApp(spreadsheet, null), sheet: spreadsheet.getActiveSheet() };
}

describe("DeveloperMetadata", () => {
  it("stores key, value, visibility and location at spreadsheet, sheet, row and column", () => {
    const { spreadsheet, sheet } = setUp();
    spreadsheet.addDeveloperMetadata("pc.version", "1");
    sheet.addDeveloperMetadata("pc.tab", "leads", "PROJECT");
    sheet.getRange("3:3").addDeveloperMetadata("pc.header");
    sheet.getRange("B:B").addDeveloperMetadata("pc.column", "confidence");
    const [version] = spreadsheet.getDeveloperMetadata();
    expect([version?.getKey(), version?.getValue(), version?.getVisibility()]).toEqual([
      "pc.version",
      "1",
      "DOCUMENT",
    ]);
    const [tab] = sheet.getDeveloperMetadata();
    expect([tab?.getVisibility(), tab?.getLocation().getSheet()?.getName()]).toEqual(["PROJECT", "Sheet1"]);
    const [header] = sheet.getRange("3:3").getDeveloperMetadata();
    expect([header?.getValue(), header?.getLocation().getRow()?.getRow()]).toEqual([null, 3]);
    expect(sheet.getRange("B:B").getDeveloperMetadata()[0]?.getLocation().getColumn()?.getColumn()).toBe(2);
  });

  it("finds by key, value and location type; setValue and remove change the store", () => {
    const { spreadsheet, app, sheet } = setUp();
    spreadsheet.addDeveloperMetadata("pc.column", "a");
    sheet.getRange("C:C").addDeveloperMetadata("pc.column", "b");
    const finder = () => spreadsheet.createDeveloperMetadataFinder().withKey("pc.column");
    expect(finder().find()).toHaveLength(2);
    const [column] = finder().withLocationType(app.DeveloperMetadataLocationType.COLUMN).find();
    expect(column?.getValue()).toBe("b");
    column?.setValue("c");
    expect(
      finder()
        .withValue("c")
        .find()
        .map((found) => found.getId()),
    ).toEqual([column?.getId()]);
    column?.remove();
    expect(finder().find()).toHaveLength(1);
  });

  it("moves row metadata when rows are inserted above it", () => {
    const { sheet } = setUp();
    sheet.getRange("5:5").addDeveloperMetadata("pc.row");
    sheet.insertRowsBefore(2, 3); // row 5 becomes row 8
    const [row] = sheet.createDeveloperMetadataFinder().withKey("pc.row").find();
    expect(row?.getLocation().getRow()?.getRow()).toBe(8);
  });
});

describe("DataValidation", () => {
  it("builds a list rule and reads it back from the range", () => {
    const { app, sheet } = setUp();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Open", "Won"], true)
      .setAllowInvalid(false)
      .setHelpText("Pick one")
      .build();
    sheet.getRange("A2:A3").setDataValidation(rule);
    const read = sheet.getRange("A3").getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([["Open", "Won"], true]);
    expect([read?.getAllowInvalid(), read?.getHelpText()]).toEqual([false, "Pick one"]);
    expect(sheet.getRange("A4").getDataValidation()).toBeNull();
  });
});

describe("ConditionalFormatRule", () => {
  it("keeps the condition, colors and ranges", () => {
    const { app, sheet } = setUp();
    const range = sheet.getRange("B2:B10");
    const rules = [
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThanOrEqualTo(0.7)
        .setBackground("#b7e1cd")
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberBetween(0.3, 0.7)
        .setFontColor("#996600")
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=$C2<0.3")
        .setBackground("#f4c7c3")
        .setRanges([range])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const [high, middle, formula] = sheet
      .getConditionalFormatRules()
      .map((rule) => rule.getBooleanCondition());
    expect([high?.getCriteriaType(), high?.getCriteriaValues(), high?.getBackground()]).toEqual([
      app.BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO,
      [0.7],
      "#b7e1cd",
    ]);
    expect([middle?.getCriteriaValues(), middle?.getFontColor()]).toEqual([[0.3, 0.7], "#996600"]);
    expect(formula?.getCriteriaType()).toBe("CUSTOM_FORMULA");
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe("B2:B10");
  });
});

describe("Protection", () => {
  it("protects a sheet and a range, lists them by type, and removes one", () => {
    const { spreadsheet, app, sheet } = setUp();
    const sheetProtection = sheet.protect().setDescription("Report tab").setWarningOnly(true);
    expect(sheet.protect()).toBe(sheetProtection);
    sheet.getRange("A1:B2").protect().setDescription("Header");
    expect(
      sheet.getProtections(app.ProtectionType.SHEET).map((p) => [p.getDescription(), p.isWarningOnly()]),
    ).toEqual([["Report tab", true]]);
    const [rangeProtection] = spreadsheet.getProtections(app.ProtectionType.RANGE);
    expect(rangeProtection?.getRange().getA1Notation()).toBe("A1:B2");
    rangeProtection?.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});

describe("EmbeddedChart", () => {
  it("builds, inserts, lists and removes a chart", () => {
    const { sheet } = setUp();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B5"))
      .setPosition(2, 4, 0, 0)
      .setOption("title", "Funnel")
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect([
      inserted?.getType(),
      inserted?.getOptions().get("title"),
      inserted?.getContainerInfo().getAnchorColumn(),
    ]).toEqual(["BAR", "Funnel", 4]);
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe("bad input", () => {
  it("refuses developer metadata on a range that is not whole rows or columns", () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange("A1:B2").addDeveloperMetadata("x")).toThrow(
      "Adding developer metadata to arbitrary ranges is not currently supported.",
    );
  });

  it("refuses a validation grid of the wrong size", () => {
    const { app, sheet } = setUp();
    const rule = app.newDataValidation().requireValueInList(["a"]).build();
    expect(() => sheet.getRange("A1:A2").setDataValidations([[rule]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });
});
