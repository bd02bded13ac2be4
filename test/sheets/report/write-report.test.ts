import { PipelineError } from "../../../src/core/pipeline-error";
import { REPORT_METADATA_KEY } from "../../../src/sheets/report/report-metadata";
import { writeReport } from "../../../src/sheets/report/write-report";
import {
  buildSampleLayout,
  createLocks,
  createTestSpreadsheet,
  errorThrownBy,
  installCharts,
} from "./report-fixtures";

beforeAll(installCharts);

function setUp(locale?: string) {
  const { spreadsheet, local } = createTestSpreadsheet(locale);
  const locks = createLocks();
  const write = (layout = buildSampleLayout()) =>
    writeReport(spreadsheet, layout, { lockService: locks.lockService, lockWaitMs: 0 });
  return { spreadsheet, local, locks, write };
}

// Rows of the sample layout, counted by hand: 1 title, 2 As of, 3 Owner, 4 Data issues, 5 Notes
// (1), 6 blank, 7 "Stages", 8 header, 9-10 stage rows, 11 blank, 12 "Notes", 13 the note, 14 blank,
// 15 "Data issues", 16 header, 17 issue, 18 blank.
describe("writeReport", () => {
  it("creates a tab marked as the add-on's own, with the title block first", () => {
    const { write, local } = setUp();
    const sheet = write();
    expect(sheet.getName()).toBe("Funnel");
    const metadata = local.getSheetByName("Funnel")?.getDeveloperMetadata() ?? [];
    expect(metadata.map((entry) => [entry.getKey(), entry.getValue()])).toEqual([
      [REPORT_METADATA_KEY, "funnel"],
    ]);
    const values = sheet.getRange(1, 1, 5, 2).getValues();
    expect(values[0]).toEqual(["Funnel report", ""]);
    expect(values[1]?.[0]).toBe("As of");
    expect(sheet.getRange(2, 2).getDisplayValue()).toBe("2024-01-01");
    expect(values[2]).toEqual(["Owner", "all owners"]);
    expect(values[3]).toEqual(["Data issues", 1]);
    expect(values[4]).toEqual(["Notes", 1]);
    expect(sheet.getRange(12, 1, 2, 1).getValues()).toEqual([
      ["Notes"],
      ["No Stage History tab: reached stages come from current stages only."],
    ]);
  });

  it("replaces its own tab on a re-run: old cells and charts gone", () => {
    const { write, spreadsheet } = setUp();
    write();
    const rerun = buildSampleLayout({ title: "Funnel again", tables: [], issues: [] });
    const sheet = write(rerun);
    expect(sheet.getName()).toBe("Funnel");
    expect(spreadsheet.getSheets().map((tab) => tab.getName())).toEqual(["Sheet1", "Funnel"]);
    expect(sheet.getRange("A1").getValue()).toBe("Funnel again");
    // Without tables the rerun is 13 rows (title block 5 + blank; "Notes", the note + blank;
    // issues title, header, "No data issues." + blank) and the tab shrinks to them: the old 18 are gone.
    expect(sheet.getMaxRows()).toBe(13);
    expect(sheet.getRange("A10:A12").getValues()).toEqual([["Data issues"], ["Tab"], ["No data issues."]]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it("never touches a user's tab of the same name: the report goes to Funnel (2), and reuses it", () => {
    const { write, spreadsheet } = setUp();
    const users = spreadsheet.insertSheet("Funnel");
    users.getRange("A1:B2").setValues([
      ["My own funnel", 1],
      ["keep", 2],
    ]);
    expect(write().getName()).toBe("Funnel (2)");
    expect(write().getName()).toBe("Funnel (2)");
    expect(users.getRange("A1:B2").getValues()).toEqual([
      ["My own funnel", 1],
      ["keep", 2],
    ]);
    expect(users.getDeveloperMetadata()).toHaveLength(0);
    expect(spreadsheet.getSheets().map((tab) => tab.getName())).toEqual(["Sheet1", "Funnel", "Funnel (2)"]);
  });

  it("does not take over another report kind's tab", () => {
    const { write } = setUp();
    write();
    expect(write(buildSampleLayout({ kind: "forecast" })).getName()).toBe("Funnel (2)");
  });

  it("writes sheet text as text, never as a formula", () => {
    const { write } = setUp();
    const hostile = ['=HYPERLINK("http://evil.example","click")', "+1", "@owner", "-5", "123", "TRUE"];
    const layout = buildSampleLayout({
      tables: [
        {
          title: "Leads",
          columns: [{ header: "Lead", format: "text" }],
          rows: hostile.map((text) => [text]),
        },
      ],
      issues: [],
    });
    const sheet = write(layout);
    const rows = sheet.getRange(9, 1, hostile.length, 1);
    expect(rows.getValues().map((row) => row[0])).toEqual(hostile);
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((formula) => formula !== ""),
    ).toEqual([]);
  });

  it("shows a figure that cannot be computed as a word, never NaN or Infinity", () => {
    const { write } = setUp();
    const layout = buildSampleLayout({
      tables: [
        {
          title: "Figures",
          columns: [{ header: "Win rate", format: "fraction" }],
          rows: [[null], [Number.NaN], [Number.POSITIVE_INFINITY]],
        },
      ],
    });
    const sheet = write(layout);
    expect(sheet.getRange(9, 1, 3, 1).getValues()).toEqual([["n/a"], ["n/a"], ["n/a"]]);
  });

  it("formats each column: integers, money in the spreadsheet's currency, percentages", () => {
    const { write } = setUp("en_GB");
    const sheet = write();
    expect(sheet.getRange(9, 2, 1, 3).getNumberFormats()).toEqual([["#,##0", "£#,##0", "0.0%"]]);
    // 0.25 shown with one decimal as a percent: 25.0%; 50000 in pounds with grouping: £50,000.
    expect(sheet.getRange(9, 3, 1, 2).getDisplayValues()).toEqual([["£50,000", "25.0%"]]);
  });

  it("makes the title and every header row bold", () => {
    const { write } = setUp();
    const weights = write()
      .getRange(1, 1, 18, 1)
      .getFontWeights()
      .map((row) => row[0]);
    const boldRows = weights.flatMap((weight, index) => (weight === "bold" ? [index + 1] : []));
    expect(boldRows).toEqual([1, 7, 8, 12, 15, 16]);
  });

  it("freezes the rows through the first table's header", () => {
    const { write } = setUp();
    expect(write().getFrozenRows()).toBe(8);
  });

  it("sizes columns from the table cells and title-block figures, never from the title or a note", () => {
    const { write } = setUp();
    const sheet = write();
    // By hand, 7 px a character + 10: A's longest measured cell is the label "Data issues" (11 →
    // 87), not the 68-character note (which would make 486); B the As of date, 10 → 80; C
    // "$50,000", 7 → 59; D the issue message "not an amount: abc", 18 → 136.
    const widths = [1, 2, 3, 4].map((column) => sheet.getColumnWidth(column));
    expect(widths).toEqual([87, 80, 59, 136]);
  });

  it("caps a column's width, so a long cell spills over or is cut instead of widening it", () => {
    const { write } = setUp();
    const message = "x".repeat(200);
    const sheet = write(buildSampleLayout({ issues: [{ tab: "Leads", row: 2, column: "Value", message }] }));
    expect(sheet.getColumnWidth(4)).toBe(300); // 200 × 7 + 10 = 1 410, capped
  });

  it("charts the table beside it, from the table's own rows", () => {
    const { write } = setUp();
    const [chart, ...others] = write().getCharts();
    expect(others).toHaveLength(0);
    expect(chart?.modify().getChartType()).toBe("BAR");
    // Labels A9:A10 and figures B9:B10: the two stage rows; the chart sits right of the 4 columns.
    expect(chart?.getRanges().map((range) => range.getA1Notation())).toEqual(["A9:A10", "B9:B10"]);
    expect(chart?.getContainerInfo().getAnchorColumn()).toBe(6);
  });

  it("ends with the data issues table", () => {
    const { write } = setUp();
    const sheet = write();
    expect(sheet.getRange(15, 1, 3, 4).getValues()).toEqual([
      ["Data issues", "", "", ""],
      ["Tab", "Row", "Column", "Message"],
      ["Leads", 7, "Value", "not an amount: abc"],
    ]);
  });

  it("grows the tab when the report is longer than a new sheet's 1000 rows", () => {
    const { write } = setUp();
    const rows = Array.from({ length: 1500 }, (_, index) => [`Lead ${index + 1}`]);
    const sheet = write(
      buildSampleLayout({
        tables: [{ title: "Leads", columns: [{ header: "Lead", format: "text" }], rows }],
      }),
    );
    // Row 9 is the first lead (title block 6 + table title + header), so lead 1500 is on row 1508.
    expect(sheet.getRange(1508, 1).getValue()).toBe("Lead 1500");
  });

  it("refuses with BUSY while another run holds the document lock, and writes nothing", () => {
    const { write, locks, spreadsheet } = setUp();
    const release = locks.holdByAnother();
    const error = errorThrownBy(() => write());
    expect(error).toBeInstanceOf(PipelineError);
    expect(error).toMatchObject({ code: "BUSY" });
    expect(spreadsheet.getSheetByName("Funnel")).toBeNull();
    release();
    expect(write().getName()).toBe("Funnel");
  });
});
