import { writeReport } from "../../../src/sheets/report/write-report";
import { buildFunnelLayout } from "../../../src/sheets/reports/funnel-layout";
import type { FunnelView } from "../../../src/sheets/reports/report-views";
import { createLocks, createTestSpreadsheet, installCharts } from "../report/report-fixtures";

beforeAll(installCharts);

// Hand-built: 10 leads reached Qualified, 4 of them Proposal; 3 won, 2 lost, 5 open.
const FUNNEL: FunnelView = {
  asOf: "2024-01-01",
  stages: [
    {
      stage: "Qualified",
      reached: 10,
      reachedValue: 100000,
      advanced: 4,
      lost: 1,
      open: 5,
      stepConversion: 0.4,
      cumulativeConversion: 1,
      winRate: 0.6,
      medianDaysInStage: 12.5,
    },
    {
      stage: "Proposal",
      reached: 4,
      reachedValue: 60000,
      advanced: 3,
      lost: 1,
      open: 0,
      stepConversion: 0.75,
      cumulativeConversion: 0.4,
      winRate: 0.75,
      medianDaysInStage: null,
    },
  ],
  totals: { leads: 10, open: 5, won: 3, lost: 2 },
  notes: ["No Stage History tab."],
  issues: [],
};

describe("buildFunnelLayout", () => {
  it("lays out one row per open stage, in the JSON's order, with a bar chart of reached", () => {
    const layout = buildFunnelLayout(FUNNEL, {});
    const stages = layout.tables[0];
    expect(stages?.columns.map((column) => column.header)).toEqual([
      "Stage",
      "Reached",
      "Reached value",
      "Advanced",
      "Lost",
      "Open",
      "Step conversion",
      "Cumulative conversion",
      "Win rate",
      "Median days in stage",
    ]);
    expect(stages?.rows[1]).toEqual(["Proposal", 4, 60000, 3, 1, 0, 0.75, 0.4, 0.75, null]);
    expect(stages?.chart).toEqual({
      type: "bar",
      title: "Leads that reached each stage",
      labelColumn: 0,
      valueColumn: 1,
    });
  });

  it("adds the totals with their win rate", () => {
    const totals = buildFunnelLayout(FUNNEL, {}).tables[1];
    // Win rate = won / (won + lost) = 3 / (3 + 2) = 0.6.
    expect(totals?.rows).toEqual([[10, 5, 3, 2, 0.6]]);
  });

  it("shows no win rate in the totals when nothing has closed", () => {
    const totals = buildFunnelLayout({ ...FUNNEL, totals: { leads: 2, open: 2, won: 0, lost: 0 } }, {})
      .tables[1];
    expect(totals?.rows).toEqual([[2, 2, 0, 0, null]]);
  });

  it("names the filters in the title block", () => {
    expect(buildFunnelLayout(FUNNEL, {}).parameters).toEqual([
      { label: "Created", value: "any date" },
      { label: "Owner", value: "all owners" },
    ]);
    expect(buildFunnelLayout(FUNNEL, { createdFrom: "2023-01-01", owner: "Ana" }).parameters).toEqual([
      { label: "Created", value: "2023-01-01 to …" },
      { label: "Owner", value: "Ana" },
    ]);
  });

  it("writes counts, money, conversion rates and days in their formats", () => {
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildFunnelLayout(FUNNEL, {}), {
      lockService: createLocks().lockService,
    });
    // Title block: title, As of, Created, Owner, Data issues, Notes (1), blank = rows 1-7;
    // "Stages" row 8, header row 9, so Qualified is row 10.
    expect(sheet.getRange(10, 1, 2, 10).getDisplayValues()).toEqual([
      ["Qualified", "10", "$100,000", "4", "1", "5", "40.0%", "100.0%", "60.0%", "12.5"],
      ["Proposal", "4", "$60,000", "3", "1", "0", "75.0%", "40.0%", "75.0%", "n/a"],
    ]);
    expect(sheet.getFrozenRows()).toBe(9);
  });

  it("keeps the stages header frozen however many notes there are, the notes after the tables", () => {
    const notes = Array.from({ length: 15 }, (_, index) => `Note ${index + 1}: ${"long words ".repeat(12)}`);
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildFunnelLayout({ ...FUNNEL, notes }, {}), {
      lockService: createLocks().lockService,
    });
    // Header on row 9 as with one note (see above); Stages rows 10-11, blank 12, Totals title 13,
    // header 14, row 15, blank 16, then "Notes" on row 17 and the 15 notes on rows 18-32.
    expect(sheet.getFrozenRows()).toBe(9);
    expect(sheet.getRange(9, 1).getValue()).toBe("Stage");
    expect(sheet.getRange(17, 1, 2, 1).getValues()).toEqual([["Notes"], [notes[0]]]);
    expect(sheet.getRange(32, 1).getValue()).toBe(notes[14]);
  });
});
