import { createLocalRuntime, type LocalRuntime } from "../../../src/local/runtime";
import { createSpreadsheet } from "../../../src/local/spreadsheet";
import type { ReportLayout } from "../../../src/sheets/report/report-layout";
import { bundleForRuntime } from "./bundle-for-runtime";
import { buildSampleLayout } from "./report-fixtures";

const ENTRY = `
  import { writeReport } from "./sheets/report/write-report";
  export function writeLayout(layout) {
    return writeReport(SpreadsheetApp.getActiveSpreadsheet(), layout).getName();
  }
`;

let code: string;
beforeAll(() => {
  code = bundleForRuntime(ENTRY, ["writeLayout"]);
});

function startRuntime(): LocalRuntime {
  return createLocalRuntime(code, { spreadsheet: createSpreadsheet(), documentProperties: {} });
}

/** A Hot Leads-like layout with one row per lead: every row has text, money, a percent and a date. */
function buildLeadsLayout(leadCount: number): ReportLayout {
  const rows = Array.from({ length: leadCount }, (_, index) => [
    `L-${index + 1}`,
    "=owner",
    1000 + index,
    0.7,
    "2024-01-01",
  ]);
  return buildSampleLayout({
    kind: "hot",
    tabName: "Hot Leads",
    tables: [
      {
        title: "Leads",
        columns: [
          { header: "Lead", format: "text" },
          { header: "Owner", format: "text" },
          { header: "Value", format: "money" },
          { header: "Confidence", format: "percent" },
          { header: "Last activity", format: "date" },
        ],
        rows,
        chart: { type: "column", title: "Value", labelColumn: 0, valueColumn: 2 },
      },
    ],
    issues: Array.from({ length: leadCount }, (_, index) => ({
      tab: "Leads",
      row: index + 2,
      column: "Value",
      message: "odd",
    })),
  });
}

function countCalls(leadCount: number, runs: number): Readonly<Record<string, number>> {
  const runtime = startRuntime();
  for (let run = 0; run < runs; run++) runtime.call("writeLayout", buildLeadsLayout(leadCount));
  return runtime.calls;
}

describe("writeReport", () => {
  it("makes the same service calls for 10 leads as for 1000 (1000 leads + 1000 issues outgrow a new sheet's 1000 rows)", () => {
    expect(countCalls(1000, 1)).toEqual(countCalls(10, 1));
  });

  it("makes the same service calls when re-running over its own tab, whatever its size", () => {
    expect(countCalls(1000, 2)).toEqual(countCalls(10, 2));
  });

  it("writes the whole tab with one setValues, one setNumberFormats and one setFontWeights", () => {
    const calls = countCalls(1000, 1);
    expect([
      calls["Range.setValues"],
      calls["Range.setNumberFormats"],
      calls["Range.setFontWeights"],
    ]).toEqual([1, 1, 1]);
  });

  it("answers BUSY through the runtime while another execution holds the document lock", () => {
    const runtime = startRuntime();
    const release = runtime.holdDocumentLock();
    expect(() => runtime.call("writeLayout", buildLeadsLayout(10))).toThrow(
      "Another Pipeline Confidence run is writing to this spreadsheet. Try again in a moment.",
    );
    release();
    expect(runtime.call("writeLayout", buildLeadsLayout(10))).toBe("Hot Leads");
  });
});
