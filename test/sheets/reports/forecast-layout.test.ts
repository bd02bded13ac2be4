import { writeReport } from "../../../src/sheets/report/write-report";
import { buildForecastLayout } from "../../../src/sheets/reports/forecast-layout";
import type { ForecastView } from "../../../src/sheets/reports/report-views";
import { createLocks, createTestSpreadsheet, installCharts } from "../report/report-fixtures";

beforeAll(installCharts);

// Hand-built figures, consistent by hand: expected = won 20,000 + weighted 30,000 = 50,000;
// gap = 80,000 − 50,000 = 30,000; pipeline needed = (80,000 − 20,000) / 0.5 = 120,000;
// coverage = open 60,000 / 60,000 = 1; required coverage = 1 / 0.5 = 2.
const FORECAST: ForecastView = {
  asOf: "2024-01-15",
  period: { start: "2024-01-01", end: "2024-03-31" },
  won: 20000,
  openPipeline: 60000,
  weightedPipeline: 30000,
  expected: 50000,
  target: 80000,
  gap: 30000,
  winRate: 0.5,
  pipelineNeeded: 120000,
  coverage: 1,
  requiredCoverage: 2,
  p10: 30000,
  p50: 50000,
  p90: 70000,
  probabilityOfTarget: 0.05,
  percentiles: [
    { percentile: 0.1, revenue: 30000, chanceOfAtLeast: 0.9 },
    { percentile: 0.5, revenue: 50000, chanceOfAtLeast: 0.5 },
    { percentile: 0.9, revenue: 70000, chanceOfAtLeast: 0.1 },
  ],
  byOwner: [
    { owner: "Ana", leads: 3, won: 20000, openPipeline: 60000, weightedPipeline: 30000, expected: 50000 },
  ],
  byStage: [
    { stage: "Proposal", leads: 3, won: 0, openPipeline: 60000, weightedPipeline: 30000, expected: 30000 },
  ],
  byMonth: [
    { month: "2024-01", leads: 1, won: 20000, openPipeline: 0, weightedPipeline: 0, expected: 20000 },
    { month: "2024-02", leads: 2, won: 0, openPipeline: 60000, weightedPipeline: 30000, expected: 30000 },
  ],
  undated: { leads: 2, value: 15000 },
  notes: [],
  issues: [],
};

describe("buildForecastLayout", () => {
  it("lists every summary figure in its own format", () => {
    const summary = buildForecastLayout(FORECAST, {}).tables[0];
    expect(summary?.rows.map((row) => row[0])).toEqual([
      "Won",
      "Open pipeline",
      "Weighted pipeline",
      "Expected",
      "Target",
      "Gap",
      "Win rate",
      "Pipeline needed",
      "Coverage",
      "Required coverage",
      "P10",
      "P50",
      "P90",
      "Probability of target",
    ]);
    expect(summary?.rows[6]).toEqual(["Win rate", { value: 0.5, format: "fraction" }]);
    expect(summary?.rows[8]).toEqual(["Coverage", { value: 1, format: "ratio" }]);
  });

  it("ends the summary with the open leads counted though their Expected Close is past", () => {
    const overdue = { ...FORECAST, overdue: { count: 3, value: 128_000 } };
    const rows = buildForecastLayout(overdue, {}).tables[0]?.rows ?? [];
    expect(rows.slice(-2)).toEqual([
      ["Overdue open leads", { value: 3, format: "integer" }],
      ["Overdue open value", { value: 128_000, format: "money" }],
    ]);
  });

  it("says there is no target instead of showing target figures", () => {
    const noTarget = {
      ...FORECAST,
      target: null,
      gap: null,
      pipelineNeeded: null,
      coverage: null,
      probabilityOfTarget: null,
    };
    const rows = buildForecastLayout(noTarget, {}).tables[0]?.rows ?? [];
    expect(rows.filter((row) => ["Target", "Gap", "Coverage"].includes(String(row[0])))).toEqual([
      ["Target", "not set"],
      ["Gap", "no target"],
      ["Coverage", "no target"],
    ]);
  });

  it("charts the outcome percentiles and the expected revenue by month as columns", () => {
    const tables = buildForecastLayout(FORECAST, {}).tables;
    expect(tables.map((table) => table.title)).toEqual([
      "Summary",
      "Outcome distribution",
      "By owner",
      "By stage",
      "By month",
    ]);
    expect(tables[1]?.rows).toEqual([
      ["P10", 30000, 0.9],
      ["P50", 50000, 0.5],
      ["P90", 70000, 0.1],
    ]);
    expect(tables[1]?.chart?.type).toBe("column");
    // By month columns: Month, Leads, Won, Open pipeline, Weighted pipeline, Expected → Expected is index 5.
    expect(tables[4]?.chart).toEqual({
      type: "column",
      title: "Expected revenue by month",
      labelColumn: 0,
      valueColumn: 5,
    });
  });

  it("shows only the figures a breakdown carries", () => {
    const byOwner = buildForecastLayout({ ...FORECAST, byOwner: [{ owner: "Ana", openPipeline: 5 }] }, {})
      .tables[2];
    expect(byOwner?.columns.map((column) => column.header)).toEqual(["Owner", "Open pipeline"]);
    expect(byOwner?.chart).toBeUndefined();
  });

  it("names the period, target, owner and the undated open leads in the title block", () => {
    expect(buildForecastLayout(FORECAST, { owner: "Ana" }).parameters).toEqual([
      { label: "Period", value: "2024-01-01 to 2024-03-31" },
      { label: "Target", value: { value: 80000, format: "money" } },
      { label: "Owner", value: "Ana" },
      { label: "Undated open leads", value: { value: 2, format: "integer" } },
      { label: "Undated open value", value: { value: 15000, format: "money" } },
    ]);
  });

  it("writes the summary with money, percent and ratio formats and draws two charts", () => {
    const { spreadsheet } = createTestSpreadsheet("de_DE");
    const sheet = writeReport(spreadsheet, buildForecastLayout(FORECAST, {}), {
      lockService: createLocks().lockService,
    });
    // Title block: title, As of, 5 parameters, Data issues, Notes, blank = 10 rows; "Summary" row
    // 11, header 12 (frozen), Won 13, Win rate 19, Coverage 21.
    const summary = sheet.getRange(13, 1, 14, 2).getValues();
    expect(summary[0]).toEqual(["Won", 20000]);
    expect(sheet.getFrozenRows()).toBe(12);
    expect(sheet.getRange(13, 2).getNumberFormat()).toBe("#,##0 [$€]");
    expect(sheet.getRange(19, 2).getNumberFormat()).toBe("0.0%");
    expect(sheet.getRange(21, 2).getNumberFormat()).toBe('0.0"x"');
    expect(sheet.getCharts().map((chart) => chart.modify().getChartType())).toEqual(["COLUMN", "COLUMN"]);
  });

  it("keeps the summary header frozen however many notes there are", () => {
    const notes = Array.from({ length: 15 }, (_, index) => `Note ${index + 1}: ${"long words ".repeat(12)}`);
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildForecastLayout({ ...FORECAST, notes }, {}), {
      lockService: createLocks().lockService,
    });
    // Header on row 12, as without notes (see above).
    expect(sheet.getFrozenRows()).toBe(12);
    expect(sheet.getRange(12, 1, 1, 2).getValues()).toEqual([["Figure", "Value"]]);
    expect(sheet.getRange(9, 1, 1, 2).getValues()).toEqual([["Notes", 15]]);
  });

  it("keeps a long note from widening column A, so the summary values stay in view", () => {
    const note = `${"An open lead note of many words ".repeat(4)}ending here.`; // 140 characters
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildForecastLayout({ ...FORECAST, notes: [note] }, {}), {
      lockService: createLocks().lockService,
    });
    // Column A's longest measured cell is "Probability of target" (21 characters): 21 × 7 + 10 =
    // 157 px, worked by hand; the note alone would make 140 × 7 + 10 = 990.
    expect(note).toHaveLength(140);
    expect(sheet.getColumnWidth(1)).toBe(157);
  });
});
