import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { SETTINGS_KEY } from "../../../src/sheets/settings/settings-key";
import { addTab, loadAddon } from "../../helpers/load-addon";

// Issue 4's bad input through dist/Code.js: no Stage History tab, a lost lead on a Lost-typed
// stage without history, leads without Value or Expected Close, an empty period, a target of 0
// or text, an unknown owner and a win rate of 0. Each gives a tab without NaN or Infinity.
function workbook() {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Lead", 0.1, "Open"],
    ["Proposal", 0.5, "Open"],
    ["Closed Won", 1, "Won"],
    ["Closed Lost", 0, "Lost"],
  ]);
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Owner", "Stage", "Value", "Expected Close", "Closed"],
    ["L1", "Ana", "Proposal", 10000, new Date(2026, 4, 20), ""],
    ["L2", "Ana", "Lead", "", "", ""],
    ["L3", "Ben", "Closed Lost", 5000, "", new Date(2026, 3, 2)],
  ]);
  return spreadsheet;
}

type Response = { ok: boolean; result: { report: Record<string, unknown>; tab: string | null } };

function expectCleanTab(spreadsheet: ReturnType<typeof workbook>, tab: string | null): void {
  const sheet = spreadsheet.getSheetByName(tab ?? "");
  expect(sheet).not.toBeNull();
  const text = sheet?.getDataRange().getDisplayValues().flat().join("\n") ?? "";
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

describe("bad input", () => {
  it("falls back to current stages without Stage History and says so", () => {
    const spreadsheet = workbook();
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiRunReport", {
      kind: "funnel",
      asOf: "2026-05-15",
      write: true,
    }) as Response;
    expect(response.ok).toBe(true);
    const notes = (response.result.report.notes as string[]).join(" ");
    expect(notes).toMatch(/Stage History/);
    // L3 is lost on a Lost-typed stage with no history: placed at the first open stage (Lead).
    const stages = response.result.report.stages as { stage: string; reached: number; lost: number }[];
    expect(stages[0]).toMatchObject({ stage: "Lead", reached: 3, lost: 1 });
    expectCleanTab(spreadsheet, response.result.tab);
  });

  it("answers a forecast with a zero win rate, a target of 0 and an empty period", () => {
    const spreadsheet = workbook();
    const { runtime } = loadAddon(spreadsheet);
    // Only L3 closed (lost) in the year before: win rate 0 → pipeline needed not computable.
    const zeroRate = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2026-05-15",
      target: 20000,
      write: true,
    }) as Response;
    expect(zeroRate.result.report).toMatchObject({
      winRate: 0,
      pipelineNeeded: null,
      requiredCoverage: null,
    });
    expectCleanTab(spreadsheet, zeroRate.result.tab);
    // A target of 0 is already met: no gap, nothing more needed, coverage not computable.
    const zeroTarget = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2026-05-15",
      target: 0,
      write: true,
    }) as Response;
    expect(zeroTarget.result.report).toMatchObject({
      gap: 0,
      pipelineNeeded: 0,
      coverage: null,
      probabilityOfTarget: 1,
    });
    expectCleanTab(spreadsheet, zeroTarget.result.tab);
    const empty = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2026-05-15",
      period: "2020-Q1",
      write: true,
    }) as Response;
    expect(empty.result.report).toMatchObject({ won: 0, openPipeline: 0, expected: 0, p50: 0 });
    expectCleanTab(spreadsheet, empty.result.tab);
  });

  it("shows the forecast without a target when the target is text", () => {
    const spreadsheet = workbook();
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiRunReport", {
      kind: "forecast",
      asOf: "2026-05-15",
      target: "lots",
      write: true,
    }) as Response;
    expect(response.result.report).toMatchObject({ target: null, gap: null, probabilityOfTarget: null });
    expect((response.result.report.notes as string[]).join(" ")).toContain('Target "lots" is not an amount');
    expectCleanTab(spreadsheet, response.result.tab);
  });

  it("names an owner that does not exist and lists the owners that do", () => {
    const spreadsheet = workbook();
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiRunReport", {
      kind: "funnel",
      asOf: "2026-05-15",
      owner: "Zoe",
      write: true,
    }) as Response;
    const notes = (response.result.report.notes as string[]).join(" ");
    expect(notes).toContain("Zoe");
    expect(notes).toContain("Ana");
    expectCleanTab(spreadsheet, response.result.tab);
  });

  it("refuses a Created date no calendar has, instead of dropping the filter the title shows", () => {
    const spreadsheet = workbook();
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiRunReport", {
      kind: "funnel",
      asOf: "2026-05-15",
      createdFrom: "2026-02-31",
      write: true,
    });
    expect(response).toEqual({
      ok: false,
      code: "BAD_ARGUMENT",
      message: "createdFrom must be a real date YYYY-MM-DD",
    });
    expect(spreadsheet.getSheetByName("Funnel")).toBeNull();
  });

  it("names the Stages tab as settings rename it in a falling-cap issue", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    // Negotiation (row 3) at 40 % after Proposal at 50 %: the confidences go down.
    addTab(spreadsheet, "Pipeline Stages", [
      ["Stage", "Confidence", "Type"],
      ["Proposal", 0.5, "Open"],
      ["Negotiation", 0.4, "Open"],
      ["Closed Won", 1, "Won"],
    ]);
    addTab(spreadsheet, "Leads", [
      ["Lead ID", "Owner", "Stage", "Value"],
      ["L1", "Ana", "Proposal", 10000],
    ]);
    const settings = JSON.stringify({ tabs: { stages: "Pipeline Stages" } });
    const { runtime } = loadAddon(spreadsheet, { [SETTINGS_KEY]: settings });
    const response = runtime.call("apiRunReport", { kind: "hot", asOf: "2026-05-15" }) as Response;
    expect(response.ok).toBe(true);
    const issues = response.result.report.issues as { tab: string; row: number; column: string }[];
    expect(issues.filter((issue) => issue.column === "Confidence")).toEqual([
      {
        tab: "Pipeline Stages",
        row: 3,
        column: "Confidence",
        message: "confidences go down: Negotiation 40% after Proposal 50%; capping Proposal at 50%",
      },
    ]);
  });
});
