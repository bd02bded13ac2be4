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
    // 18 rows counted by hand (see write-report.test.ts), 4 columns: the widest table.
    expect(grid.values).toHaveLength(18);
    for (const block of [grid.values, grid.formats, grid.weights]) {
      expect(block.every((row) => row.length === 4)).toBe(true);
    }
  });

  it("freezes the title block and first header whatever the number of notes", () => {
    // sample: header of the first table on row 8 (write-report.test.ts) → 8 rows frozen
    expect(buildReportGrid(buildSampleLayout(), "$#,##0").frozenRows).toBe(8);
    // 20 notes go after the tables: the header stays on row 8, and the notes follow the table's
    // blank row 11: "Notes" on row 12, the notes on rows 13 to 32.
    const notes = Array.from({ length: 20 }, (_, index) => `Note ${index + 1}`);
    const grid = buildReportGrid(buildSampleLayout({ notes }), "$#,##0");
    expect(grid.frozenRows).toBe(8);
    expect(grid.values[4]?.slice(0, 2)).toEqual(["'Notes", 20]);
    expect(grid.values.slice(11, 33).map((row) => row[0])).toEqual([
      "'Notes",
      ...notes.map((note) => `'${note}`),
      "",
    ]);
  });

  it("freezes only the title row when the parameters push the header past row 12", () => {
    // 4 title rows + 5 more parameters = 9, blank 10, "Stages" 11, header 12: frozen; one more → row 13.
    const parameters = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ label: `P${index}`, value: "x" }));
    expect(buildReportGrid(buildSampleLayout({ parameters: parameters(5) }), "$#,##0").frozenRows).toBe(12);
    expect(buildReportGrid(buildSampleLayout({ parameters: parameters(6) }), "$#,##0").frozenRows).toBe(1);
  });

  it("writes no Notes section when there are none", () => {
    const grid = buildReportGrid(buildSampleLayout({ notes: [] }), "$#,##0");
    // 18 rows less "Notes", the note and its blank row = 15; row 12 is the data issues title.
    expect(grid.values).toHaveLength(15);
    expect(grid.values[4]?.slice(0, 2)).toEqual(["'Notes", 0]);
    expect(grid.values[11]?.[0]).toBe("'Data issues");
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
