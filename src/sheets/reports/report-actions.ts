import { PipelineError } from "../../core/pipeline-error";
import { type ApiResponse, respond } from "../api/respond";
import { type ReportRun, runReport } from "./run-report";

/** What the menu calls each report in its toast. */
const REPORT_NAMES = { funnel: "Funnel report", forecast: "Forecast report", hot: "Hot leads" } as const;

/** Runs a report from the menu: writes and opens its tab, then says where it went and how many issues it met. */
function runReportFromMenu(kind: keyof typeof REPORT_NAMES): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let run: ReportRun;
  try {
    run = runReport(spreadsheet, { kind, write: true });
  } catch (error) {
    // The menu has no sidebar to show an error in, so the user gets an alert. A PipelineError is
    // an expected refusal (busy, missing tab) and ends there; anything else is a bug Apps Script must log.
    SpreadsheetApp.getUi().alert(
      `${REPORT_NAMES[kind]} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (!(error instanceof PipelineError)) throw error;
    return;
  }
  const tab = run.tab ?? "";
  spreadsheet.getSheetByName(tab)?.activate();
  const issues = run.report.issues.length;
  spreadsheet.toast(
    `${REPORT_NAMES[kind]} written to tab ${tab} (${issues} data issue${issues === 1 ? "" : "s"})`,
    "Pipeline Confidence",
  );
}

/** Menu: Funnel report. */
export function menuFunnelReport(): void {
  runReportFromMenu("funnel");
}

/** Menu: Forecast report. */
export function menuForecastReport(): void {
  runReportFromMenu("forecast");
}

/** Menu: Hot leads. */
export function menuHotLeads(): void {
  runReportFromMenu("hot");
}

/** Sidebar and CLI: runs a report ({ kind, asOf?, period?, target?, owner?, write? }) and returns its JSON. */
export function apiRunReport(request: unknown): ApiResponse<ReportRun> {
  return respond(() => runReport(SpreadsheetApp.getActiveSpreadsheet(), request));
}
