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
  const issues = result.issues.length;
  spreadsheet.toast(
    `Scored ${leads} leads: ${hot} hot, ${stale} stale, ${issues} data issue${issues === 1 ? "" : "s"}.`,
    "Pipeline Confidence",
  );
}

/** Sidebar and CLI: scores every lead ({ asOf?, write? }) and returns the score JSON. */
export function apiScoreLeads(request: unknown): ApiResponse<ScoreResult> {
  return respond(() => runScoreLeads(SpreadsheetApp.getActiveSpreadsheet(), request));
}
