import { PipelineError } from "../../core/pipeline-error";
import { type ApiResponse, respond } from "../api/respond";
import { runScoreLeads } from "./run-score-leads";
import type { ScoreResult } from "./score-result";

/** Menu: Score leads. Writes the columns, then says what it found in a toast (an alert on failure). */
export function menuScoreLeads(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let result: ScoreResult;
  try {
    result = runScoreLeads(spreadsheet, { write: true });
  } catch (error) {
    SpreadsheetApp.getUi().alert(
      `Score leads failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    // A PipelineError is an expected refusal (busy, missing tab); anything else is a bug to log.
    if (!(error instanceof PipelineError)) throw error;
    return;
  }
  const { leads, hot, stale } = result.summary;
  spreadsheet.toast(
    `Scored ${leads} lead${leads === 1 ? "" : "s"}: ${hot} hot, ${stale} stale. ${describeIssues(result.issues)}`,
    "Pipeline Confidence",
  );
}

/** The data issues in a toast's few words: how many, and where the first one is. */
function describeIssues(issues: ScoreResult["issues"]): string {
  const first = issues[0];
  if (first === undefined) return "No data issues.";
  const where = `${first.tab} row ${first.row}, ${first.column}: ${first.message}`;
  if (issues.length === 1) return `1 data issue: ${where}`;
  return `${issues.length} data issues, the first ${where} (Open sidebar lists them all).`;
}

/** Sidebar and CLI: scores every lead ({ asOf?, write? }) and returns the score JSON. */
export function apiScoreLeads(request: unknown): ApiResponse<ScoreResult> {
  return respond(() => runScoreLeads(SpreadsheetApp.getActiveSpreadsheet(), request));
}
