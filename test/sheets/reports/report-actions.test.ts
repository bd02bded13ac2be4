import { createLocalRuntime, type LocalRuntime } from "../../../src/local/runtime";
import { createSpreadsheet, type Spreadsheet } from "../../../src/local/spreadsheet";
import { bundleForRuntime } from "../report/bundle-for-runtime";

const ACTIONS = ["apiRunReport", "menuFunnelReport", "menuForecastReport", "menuHotLeads"] as const;
const ENTRY = `export { ${ACTIONS.join(", ")} } from "./sheets/reports/report-actions";`;

let code: string;
beforeAll(() => {
  code = bundleForRuntime(ENTRY, ACTIONS);
});

/**
 * A small hand-made workbook: L-1 and L-2 are open with 80 % and 90 % overrides (both hot, as
 * ≥ the default 60 %); L-2's owner looks like a formula and its Value is no amount (one reader
 * issue); L-3 is won.
 */
function buildWorkbook(): Spreadsheet {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  const write = (name: string, rows: unknown[][]) =>
    spreadsheet
      .insertSheet(name)
      .getRange(1, 1, rows.length, rows[0]?.length ?? 0)
      .setValues(rows);
  write("Stages", [
    ["Stage", "Confidence", "Type"],
    ["Lead", 0.1, "Open"],
    ["Proposal", 0.5, "Open"],
    ["Won", 1, "Won"],
    ["Lost", 0, "Lost"],
  ]);
  write("Leads", [
    ["Lead ID", "Stage", "Owner", "Value", "Confidence Override", "Expected Close"],
    ["L-1", "Proposal", "Ana", 10000, 0.8, "2024-02-15"],
    ["L-2", "Lead", '\'=HYPERLINK("http://evil.example","x")', "'lots", 0.9, ""],
    ["L-3", "Won", "Ana", 5000, "", ""],
  ]);
  write("Activities", [["Lead ID", "Type"]]);
  return spreadsheet;
}

function setUp(): { runtime: LocalRuntime; spreadsheet: Spreadsheet } {
  const spreadsheet = buildWorkbook();
  return { runtime: createLocalRuntime(code, { spreadsheet, documentProperties: {} }), spreadsheet };
}

type Response = {
  ok: boolean;
  code?: string;
  message?: string;
  result?: { report: Record<string, unknown>; tab: string | null };
};

describe("apiRunReport", () => {
  it("returns the report JSON without writing unless asked", () => {
    const { runtime, spreadsheet } = setUp();
    const response = runtime.call("apiRunReport", { kind: "hot", asOf: "2024-01-15" }) as Response;
    expect(response.ok).toBe(true);
    expect(response.result?.tab).toBeNull();
    expect(spreadsheet.getSheetByName("Hot Leads")).toBeNull();
    const leads = response.result?.report.leads as { id: string; confidence: number }[];
    // The two open leads, at their overrides; L-3 is won, so not a hot lead.
    const confidences = leads.map((lead) => [lead.id, lead.confidence]).sort();
    expect(confidences).toEqual([
      ["L-1", 0.8],
      ["L-2", 0.9],
    ]);
  });

  it("merges the reader's data issues into the report", () => {
    const { runtime } = setUp();
    const response = runtime.call("apiRunReport", { kind: "funnel", asOf: "2024-01-15" }) as Response;
    const issues = response.result?.report.issues as { tab: string; row: number; column: string }[];
    expect(issues).toContainEqual(expect.objectContaining({ tab: "Leads", row: 3, column: "Value" }));
  });

  it("uses the request's target, read from text, and the quarter containing the as-of date", () => {
    const { runtime } = setUp();
    const response = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2024-01-15",
      target: "$80,000",
    }) as Response;
    expect(response.result?.report.target).toBe(80000);
    // 2024-01-15 lies in Q1: January 1 to March 31.
    expect(response.result?.report.period).toEqual({ start: "2024-01-01", end: "2024-03-31" });
  });

  it("writes the tab when asked and says which", () => {
    const { runtime, spreadsheet } = setUp();
    const response = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2024-01-15",
      write: true,
    }) as Response;
    expect(response.result?.tab).toBe("Forecast");
    expect(spreadsheet.getSheetByName("Forecast")?.getRange("A1").getValue()).toBe("Forecast report");
  });

  it("shows money in the currency of the user's Value column, else in the locale's", () => {
    const { runtime, spreadsheet } = setUp();
    // The en_US locale would say $; the Leads tab's values say euro.
    spreadsheet.getSheetByName("Leads")?.getRange("D2:D4").setNumberFormat("[$€]#,##0.00");
    runtime.call("apiRunReport", { kind: "forecast", asOf: "2024-01-15", write: true });
    const forecast = spreadsheet.getSheetByName("Forecast");
    const wonRow = (forecast?.getDataRange().getValues() ?? []).findIndex((row) => row[0] === "Won") + 1;
    expect(forecast?.getRange(wonRow, 2).getNumberFormat()).toBe("[$€]#,##0.00");
    const plain = setUp();
    plain.runtime.call("apiRunReport", { kind: "forecast", asOf: "2024-01-15", write: true });
    const plainForecast = plain.spreadsheet.getSheetByName("Forecast");
    expect(plainForecast?.getRange(wonRow, 2).getNumberFormat()).toBe("$#,##0");
  });

  it("answers BUSY while another run holds the document lock", () => {
    const { runtime } = setUp();
    runtime.holdDocumentLock();
    const response = runtime.call("apiRunReport", { kind: "funnel", write: true }) as Response;
    expect(response).toEqual({
      ok: false,
      code: "BUSY",
      message: "Another Pipeline Confidence run is writing to this spreadsheet. Try again in a moment.",
    });
  });

  describe("bad input", () => {
    it("answers BAD_ARGUMENT naming the field", () => {
      const { runtime } = setUp();
      expect(runtime.call("apiRunReport", { kind: "pie" })).toEqual({
        ok: false,
        code: "BAD_ARGUMENT",
        message: "kind must be funnel, forecast or hot",
      });
      expect(runtime.call("apiRunReport", { kind: "forecast", target: true })).toEqual({
        ok: false,
        code: "BAD_ARGUMENT",
        message: "target must be a number",
      });
      const badPeriod = runtime.call("apiRunReport", {
        kind: "forecast",
        period: "next quarter",
      }) as Response;
      expect(badPeriod).toMatchObject({ ok: false, code: "BAD_ARGUMENT" });
      expect(badPeriod.message).toContain("period");
    });
  });
});

describe("report menu actions", () => {
  it("write and open the tab, then toast where it went and how many data issues it met", () => {
    const { runtime, spreadsheet } = setUp();
    const dryRun = runtime.call("apiRunReport", { kind: "funnel" }) as Response;
    const issues = ((dryRun.result?.report.issues ?? []) as unknown[]).length;
    runtime.call("menuFunnelReport");
    expect(spreadsheet.getActiveSheet().getName()).toBe("Funnel");
    expect(spreadsheet.toasts.at(-1)?.message).toBe(
      `Funnel report written to tab Funnel (${issues} data issue${issues === 1 ? "" : "s"})`,
    );
  });

  it("write a sheet value that looks like a formula as text", () => {
    const { runtime, spreadsheet } = setUp();
    runtime.call("menuHotLeads");
    const sheet = spreadsheet.getSheetByName("Hot Leads");
    expect(sheet?.getDataRange().getValues().flat()).toContain('=HYPERLINK("http://evil.example","x")');
    expect(
      sheet
        ?.getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ""),
    ).toBe(true);
  });

  it("shows an alert, not a crash, when another run is writing", () => {
    const { runtime } = setUp();
    runtime.holdDocumentLock();
    runtime.call("menuForecastReport");
    expect(runtime.ui.questions.at(-1)?.prompt).toBe(
      "Forecast report failed: Another Pipeline Confidence run is writing to this spreadsheet. Try again in a moment.",
    );
  });
});
