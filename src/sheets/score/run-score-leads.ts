import * as z from "zod/mini";
import { formatDay } from "../../core/day/format-day";
import { PipelineError } from "../../core/pipeline-error";
import { findHeaderRow } from "../../core/tables/find-header-row";
import { loadScoredPipeline } from "../context/load-scored-pipeline";
import { findTab } from "../tables/find-tab";
import { withDocumentLock } from "../write/with-document-lock";
import { type ScoreResult, summarizeScores, toScoredLeadsJson } from "./score-result";
import { writeScoreColumns } from "./write-score-columns";

const SCORE_REQUEST = z.strictObject({
  asOf: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "asOf must be a date YYYY-MM-DD"))),
  write: z.optional(z.boolean()),
  // The sidebar shows only the summary and issues: `leads: false` spares it 100k leads' JSON.
  leads: z.optional(z.boolean()),
});

export type ScoreRequest = z.infer<typeof SCORE_REQUEST>;

// The header is the first non-blank row; a few title rows above it are tolerated.
const HEADER_PROBE_ROWS = 10;

function parseRequest(request: unknown): ScoreRequest {
  const parsed = SCORE_REQUEST.safeParse(request ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "request";
  throw new PipelineError("BAD_ARGUMENT", `Score leads: ${field}: ${issue?.message ?? "invalid"}`);
}

/**
 * Score leads: every lead's confidence and explanation at the as-of date; with `write`, into the
 * add-on's own Confidence and Explanation columns of Leads, under the document lock. With
 * `leads: false` the result carries only the summary, issues and notes, not every lead's JSON.
 */
export function runScoreLeads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: unknown,
): ScoreResult {
  const { asOf, write, leads } = parseRequest(request);
  // Without the lead JSON, nothing shows a closed lead's activity points: no need to keep them.
  const scored = loadScoredPipeline(spreadsheet, { asOf }, leads !== false);
  const { settings, pipeline, scores } = scored;
  let written: ScoreResult["written"] = null;
  if (write) {
    written = withDocumentLock(() => {
      // Found as readPipeline found it (case and spaces aside), so the read tab is the written one.
      const sheet = findTab(spreadsheet, settings.tabs.leads);
      if (sheet === null) throw new PipelineError("MISSING_TAB", `No tab named "${settings.tabs.leads}"`);
      const probe = sheet
        .getRange(1, 1, Math.min(HEADER_PROBE_ROWS, sheet.getMaxRows()), sheet.getMaxColumns())
        .getValues();
      const headerIndex = findHeaderRow(probe);
      const layout = { headerRow: headerIndex + 1, header: probe[headerIndex] ?? [] };
      const leadsIssues = scored.issues.filter((issue) => issue.tab === sheet.getName());
      const columns = writeScoreColumns(
        sheet,
        layout,
        pipeline.leads,
        scores,
        settings.model.hotThreshold,
        leadsIssues,
      );
      return {
        tab: sheet.getName(),
        confidenceColumn: columns.confidence,
        explanationColumn: columns.explanation,
      };
    });
  }
  return {
    asOf: formatDay(scored.asOf),
    ...(leads === false ? {} : { leads: toScoredLeadsJson(scores) }),
    summary: summarizeScores(pipeline.leads, scores, settings.model.hotThreshold),
    issues: scored.issues,
    notes: scored.notes,
    written,
  };
}
