import { resolveStageBounds } from "../../core/model/resolve-stage-bounds";
import { scoreLeads } from "../../core/model/score-leads";
import type { DataIssue, Day, LeadScore, Stage } from "../../core/types";
import { loadSettings } from "../settings/load-settings";
import type { Settings } from "../settings/settings-schema";
import { findTab } from "../tables/find-tab";
import {
  ALL_OPTIONAL_TABLES,
  type OptionalTable,
  type ReadScope,
  readPipeline,
  type SheetPipeline,
} from "../tables/read-pipeline";
import { resolveAsOf } from "./resolve-as-of";

/** Everything a run needs: settings, the parsed tabs, and what went wrong. */
export interface LoadedPipeline {
  readonly settings: Settings;
  readonly pipeline: SheetPipeline;
  readonly asOf: Day;
  /** Reader and model issues, in tab order. */
  readonly issues: readonly DataIssue[];
  /** Remarks for the user that are not about a cell (e.g. stored settings that were reset). */
  readonly notes: readonly string[];
}

/** A loaded pipeline with every lead's score at the as-of date. */
export interface ScoredPipeline extends LoadedPipeline {
  readonly scores: readonly LeadScore[];
}

const rowOf = (stage: Stage) => stage.row ?? 0;

/** The Stages tab as the spreadsheet names it, as the Stages reader's own issues do. */
function nameStagesTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): string {
  return findTab(spreadsheet, settings.tabs.stages)?.getName() ?? settings.tabs.stages;
}

/**
 * Reads settings and the tabs a run that does not score needs (Leads, Stages, Stage History, and
 * `tables`), once each. Its issues are the same Stages-tab model issues a scored run reports.
 */
export function loadPipeline(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: { readonly asOf?: string },
  tables: ReadonlySet<OptionalTable> = new Set(),
): LoadedPipeline {
  const loaded = readTabs(spreadsheet, request, { tables, closedLeadActivities: true });
  const stagesTab = nameStagesTab(spreadsheet, loaded.settings);
  const { issues: modelIssues } = resolveStageBounds(loaded.pipeline.stages, { rowOf, stagesTab });
  return { ...loaded, issues: [...loaded.pipeline.issues, ...modelIssues] };
}

/**
 * Reads settings and every tab once, and scores every lead at the as-of date. A run that uses
 * no activity fact of closed leads (a report of open leads, a score that returns no lead JSON)
 * passes `closedLeadActivities: false`: their activities are checked but not kept, so a closed
 * lead's score has no activity points nor last activity; its confidence (1 or 0), explanation
 * and stale flag (never stale) are the same either way.
 */
export function loadScoredPipeline(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: { readonly asOf?: string },
  closedLeadActivities = true,
): ScoredPipeline {
  const loaded = readTabs(spreadsheet, request, { tables: ALL_OPTIONAL_TABLES, closedLeadActivities });
  const { settings, pipeline, asOf } = loaded;
  const scored = scoreLeads(pipeline, asOf, {
    activityWindowDays: settings.model.activityWindowDays,
    staleDays: settings.model.staleDays,
    hotThreshold: settings.model.hotThreshold,
    rowOf,
    stagesTab: nameStagesTab(spreadsheet, settings),
  });
  return { ...loaded, scores: scored.scores, issues: [...pipeline.issues, ...scored.issues] };
}

function readTabs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: { readonly asOf?: string },
  scope: ReadScope,
) {
  const asOf = resolveAsOf(spreadsheet, request.asOf);
  const { settings, issues: settingsNotes } = loadSettings(PropertiesService.getDocumentProperties());
  const pipeline = readPipeline(spreadsheet, settings, scope);
  return { settings, pipeline, asOf, notes: settingsNotes };
}
