import { LockTable } from "../../../src/local/services/lock";
import { LockService } from "../../../src/local/services/lock-service";
import { ChartType } from "../../../src/local/spreadsheet/enums";
import { Spreadsheet } from "../../../src/local/spreadsheet/spreadsheet";
import type { ReportLayout, ReportTable } from "../../../src/sheets/report/report-layout";

/** The spreadsheet as the Apps Script types see it (the in-memory one implements that surface). */
export type AppsSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A fresh in-memory spreadsheet with one user tab, as a new Google Sheet has. */
export function createTestSpreadsheet(locale = "en_US"): {
  spreadsheet: AppsSpreadsheet;
  local: Spreadsheet;
} {
  const local = new Spreadsheet({ locale, timeZone: "Etc/UTC" });
  local.insertSheet("Sheet1");
  return { spreadsheet: local as unknown as AppsSpreadsheet, local };
}

/** The writer reads Charts.ChartType from the global scope, as in Apps Script. */
export function installCharts(): void {
  (globalThis as { Charts?: unknown }).Charts = { ChartType };
}

/** A lock service for one execution, plus a way to make another execution hold the document lock. */
export function createLocks(): {
  lockService: GoogleAppsScript.Lock.LockService;
  holdByAnother: () => () => void;
} {
  const table = new LockTable();
  const ours = Symbol("this run");
  const lockService = new LockService(table, () => ours) as unknown as GoogleAppsScript.Lock.LockService;
  return {
    lockService,
    holdByAnother() {
      const other = Symbol("another run");
      table.acquire("document", other);
      return () => table.release("document", other);
    },
  };
}

/** The sample report's one table: two stages, a missing win rate, a bar chart of reached. */
export const SAMPLE_TABLE: ReportTable = {
  title: "Stages",
  columns: [
    { header: "Stage", format: "text" },
    { header: "Reached", format: "integer" },
    { header: "Value", format: "money" },
    { header: "Win rate", format: "fraction" },
  ],
  rows: [
    ["Qualified", 10, 50000, 0.25],
    ["Proposal", 4, 30000, null],
  ],
  chart: { type: "bar", title: "Reached", labelColumn: 0, valueColumn: 1 },
};

/** A small hand-built report: a two-column table with a chart, a note and one data issue. */
export function buildSampleLayout(overrides: Partial<ReportLayout> = {}): ReportLayout {
  return {
    kind: "funnel",
    tabName: "Funnel",
    title: "Funnel report",
    asOf: "2024-01-01",
    parameters: [{ label: "Owner", value: "all owners" }],
    notes: ["No Stage History tab: reached stages come from current stages only."],
    tables: [SAMPLE_TABLE],
    issues: [{ tab: "Leads", row: 7, column: "Value", message: "not an amount: abc" }],
    ...overrides,
  };
}

/** The error `run` throws (fails the test when it throws nothing), so its code can be checked. */
export function errorThrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
}
