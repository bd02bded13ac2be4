import { buildReportGrid } from "../../../src/sheets/report/build-report-grid";
import { toGridCell } from "../../../src/sheets/report/grid-cell";
import { buildSampleLayout, SAMPLE_TABLE } from "./report-fixtures";

describe("toGridCell", () => {
  it("turns a Day or a YYYY-MM-DD string into a Sheets date serial", () => {
    // 2024-01-01 is serial 45292 in Sheets and Excel (days since 1899-12-30); as a Day it is 19723
    // (Date.UTC(2024, 0, 1) / 86,400,000), and 19723 + 25569 = 45292.
    expect(toGridCell("2024-01-01", "date", "$#,##0")).toEqual({ value: 45292, pattern: "yyyy-mm-dd" });
    expect(toGridCell(Date.UTC(2024, 0, 1) / 86400000, "date", "$#,##0")).toEqual({
      value: 45292,
      pattern: "yyyy-mm-dd",
    });
  });

  it("lets a cell's own format override its column's", () => {
    expect(toGridCell({ value: 0.5, format: "fraction" }, "money", "$#,##0")).toEqual({
      value: 0.5,
      pattern: "0.0%",
    });
    expect(toGridCell(1200, "money", "£#,##0")).toEqual({ value: 1200, pattern: "£#,##0" });
  });

  describe("bad input", () => {
    it("shows null, NaN and Infinity as n/a", () => {
      for (const figure of [null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(toGridCell(figure, "fraction", "$#,##0").value).toBe("'n/a");
      }
    });

    it("keeps a date it cannot read as escaped text", () => {
      expect(toGridCell("someday", "date", "$#,##0")).toEqual({ value: "'someday", pattern: "@" });
    });
  });
});

describe("buildReportGrid", () => {
  it("builds one rectangle of values, formats and weights", () => {
    const grid = buildReportGrid(buildSampleLayout(), "$#,##0");
    // 15 rows counted by hand (see write-report.test.ts), 4 columns: the widest table.
    expect(grid.values).toHaveLength(15);
    for (const block of [grid.values, grid.formats, grid.weights]) {
      expect(block.every((row) => row.length === 4)).toBe(true);
    }
  });

  it("freezes the title block and first header, or only the title row when notes make that tall", () => {
    // sample: header of the first table on row 8 (write-report.test.ts) → 8 rows frozen
    expect(buildReportGrid(buildSampleLayout(), "$#,##0").frozenRows).toBe(8);
    // 6 more notes push that header to row 8 + 5 = 13 (one note was there): past 12, so only row 1
    const notes = Array.from({ length: 6 }, (_, index) => `Note ${index + 1}`);
    expect(buildReportGrid(buildSampleLayout({ notes }), "$#,##0").frozenRows).toBe(1);
  });

  it("stacks charts below one another when their tables are close together", () => {
    const tables = [SAMPLE_TABLE, { ...SAMPLE_TABLE, title: "Again" }];
    const grid = buildReportGrid(buildSampleLayout({ tables }), "$#,##0");
    // First chart at its table's title row 7; the second table starts at row 12, inside the
    // first chart's 20 rows, so it goes to row 7 + 20 = 27. Both sit in column 4 + 2 = 6.
    expect(grid.charts.map((chart) => [chart.anchorRow, chart.anchorColumn])).toEqual([
      [7, 6],
      [27, 6],
    ]);
    // The tab must hold the second chart: rows up to 27 + 20 = 47, columns 4 + 1 + 7 = 12.
    expect(grid.chartArea).toEqual({ rows: 47, columns: 12 });
  });

  it("draws no chart for a table without rows", () => {
    const table = { ...SAMPLE_TABLE, rows: [] };
    expect(buildReportGrid(buildSampleLayout({ tables: [table] }), "$#,##0").charts).toEqual([]);
  });
});
