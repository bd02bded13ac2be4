import { writeReport } from "../../../src/sheets/report/write-report";
import { buildHotLeadsLayout } from "../../../src/sheets/reports/hot-leads-layout";
import type { HotLeadsView } from "../../../src/sheets/reports/report-views";
import { createLocks, createTestSpreadsheet, installCharts } from "../report/report-fixtures";

beforeAll(installCharts);

// Weighted = value × confidence, by hand: 50,000 × 0.8 = 40,000.
const HOT: HotLeadsView = {
  asOf: "2024-01-15",
  threshold: 0.6,
  leads: [
    {
      id: "L-1",
      name: '=HYPERLINK("http://evil.example","win")',
      owner: "+1 Ana",
      stage: "Proposal",
      value: 50000,
      confidence: 0.8,
      weighted: 40000,
      lastActivity: "2024-01-05",
      daysSinceActivity: 10,
      stale: false,
      explanation: "Proposal 50% + 2 meetings (+10 pts) = 60%",
    },
    {
      id: "L-2",
      name: "",
      owner: "Bo",
      stage: "Demo",
      value: null,
      confidence: 0.7,
      weighted: null,
      lastActivity: null,
      daysSinceActivity: null,
      stale: true,
      explanation: "Override 70%",
    },
  ],
  notes: [],
  issues: [{ tab: "Leads", row: 3, column: "Value", message: "not an amount" }],
};

describe("buildHotLeadsLayout", () => {
  it("lays out one row per hot lead with every column the spec names", () => {
    const table = buildHotLeadsLayout(HOT, { staleDays: 30 }).tables[0];
    expect(table?.columns.map((column) => column.header)).toEqual([
      "Lead",
      "Owner",
      "Stage",
      "Value",
      "Confidence",
      "Weighted value",
      "Last activity",
      "Days since",
      "Stale",
      "Explanation",
    ]);
    expect(table?.rows[1]).toEqual([
      "L-2",
      "Bo",
      "Demo",
      null,
      0.7,
      null,
      "none",
      null,
      "stale",
      "Override 70%",
    ]);
  });

  it("writes names and owners as text, the last activity as a date cell, missing figures as n/a", () => {
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildHotLeadsLayout(HOT, { staleDays: 30 }), {
      lockService: createLocks().lockService,
    });
    expect(sheet.getName()).toBe("Hot Leads");
    // Title block: title, As of, 4 parameters, Data issues, Notes, blank = 9 rows; "Leads" 10,
    // header 11, leads 12-13.
    const rows = sheet.getRange(12, 1, 2, 10);
    expect(rows.getDisplayValues()).toEqual([
      [
        'L-1 =HYPERLINK("http://evil.example","win")',
        "+1 Ana",
        "Proposal",
        "$50,000",
        "80%",
        "$40,000",
        "2024-01-05",
        "10",
        "",
        "Proposal 50% + 2 meetings (+10 pts) = 60%",
      ],
      ["L-2", "Bo", "Demo", "n/a", "70%", "n/a", "none", "n/a", "stale", "Override 70%"],
    ]);
    expect(
      rows
        .getFormulas()
        .flat()
        .every((formula) => formula === ""),
    ).toBe(true);
    // A date cell (a number shown as a date, which Sheets sorts and filters as a date), not text.
    expect(typeof sheet.getRange(12, 7).getValue()).not.toBe("string");
    expect(sheet.getRange(12, 7).getNumberFormat()).toBe("yyyy-mm-dd");
    expect(sheet.getFrozenRows()).toBe(11);
  });

  it("keeps the leads header frozen however many notes there are", () => {
    const notes = Array.from({ length: 15 }, (_, index) => `Note ${index + 1}: ${"long words ".repeat(12)}`);
    const { spreadsheet } = createTestSpreadsheet();
    const sheet = writeReport(spreadsheet, buildHotLeadsLayout({ ...HOT, notes }, { staleDays: 30 }), {
      lockService: createLocks().lockService,
    });
    // Header on row 11, as without notes (see above).
    expect(sheet.getFrozenRows()).toBe(11);
    expect(sheet.getRange(11, 1).getValue()).toBe("Lead");
  });
});
