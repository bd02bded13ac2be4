import { scoreLeads } from "../../core/model/score-leads";
import type { DataIssue, Day, LeadScore, Pipeline } from "../../core/types";
import { loadSettings } from "../settings/load-settings";
import type { Settings } from "../settings/settings-schema";
import { findTab } from "../tables/find-tab";
import { readPipeline } from "../tables/read-pipeline";
import { resolveAsOf } from "./resolve-as-of";

/** Everything a run needs: settings, the parsed tabs, every lead's score, and what went wrong. */
export interface ScoredPipeline {
  readonly settings: Settings;
  readonly pipeline: Pipeline;
  readonly scores: readonly LeadScore[];
  readonly asOf: Day;
  /** Reader and model issues, in tab order. */
  readonly issues: readonly DataIssue[];
  /** Remarks for the user that are not about a cell (e.g. stored settings that were reset). */
  readonly notes: readonly string[];
}

/** Reads settings and every tab once, and scores every lead at the as-of date. */
export function loadScoredPipeline(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: { readonly asOf?: string },
): ScoredPipeline {
  const asOf = resolveAsOf(spreadsheet, request.asOf);
  const { settings, issues: settingsNotes } = loadSettings(PropertiesService.getDocumentProperties());
  const pipeline = readPipeline(spreadsheet, settings);
  const scored = scoreLeads(pipeline, asOf, {
    activityWindowDays: settings.model.activityWindowDays,
    staleDays: settings.model.staleDays,
    hotThreshold: settings.model.hotThreshold,
    rowOf: (stage) => stage.row ?? 0,
    // The tab as the spreadsheet names it, as the Stages reader's own issues do.
    stagesTab: findTab(spreadsheet, settings.tabs.stages)?.getName() ?? settings.tabs.stages,
  });
  return {
    settings,
    pipeline,
    scores: scored.scores,
    asOf,
    issues: [...pipeline.issues, ...scored.issues],
    notes: settingsNotes,
  };
}
