/**
 * The only surface Apps Script sees. Every export here becomes a top-level function of
 * dist/Code.js (the build adds the wrappers and copies each export's JSDoc onto them).
 */

export { ACTIVITYPOINTS } from "./functions/activity-points";
export { FORECASTRANGE } from "./functions/forecast-range";
export { LEADCONFIDENCE } from "./functions/lead-confidence";
export { PIPELINENEEDED } from "./functions/pipeline-needed";
export { TARGETPROBABILITY } from "./functions/target-probability";
export { WEIGHTEDPIPELINE } from "./functions/weighted-pipeline";
export { WINRATE } from "./functions/win-rate";
export {
  apiRunReport,
  menuForecastReport,
  menuFunnelReport,
  menuHotLeads,
} from "./sheets/reports/report-actions";
export { apiSetUpSampleSheet, menuSetUpSampleSheet } from "./sheets/sample/sample-actions";
export { apiScoreLeads, menuScoreLeads } from "./sheets/score/score-actions";

import { listTabs, type TabSummary } from "./sheets/api/list-tabs";
import { type ApiResponse, respond } from "./sheets/api/respond";
import { getSettings, saveSettingsFromSidebar } from "./sheets/api/settings-api";
import { buildMenu } from "./sheets/menu/build-menu";
import type { LoadedSettings } from "./sheets/settings/load-settings";
import type { Settings } from "./sheets/settings/settings-schema";
import { openSidebar } from "./sheets/show-sidebar";
import { recordStageChange } from "./sheets/triggers/record-stage-change";

/** Adds the Pipeline Confidence menu when the spreadsheet opens (works in AuthMode.NONE). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Adds the menu right after the add-on is installed, without reopening the file. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Logs a lead's stage change to Stage History when its Stage cell in Leads is edited. */
export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  recordStageChange(event);
}

/** Menu: Open sidebar. */
export function showSidebar(): void {
  openSidebar();
}

/** Sidebar and CLI: every tab with its header row and row count. */
export function apiListTabs(): ApiResponse<TabSummary[]> {
  return respond(() => listTabs(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Sidebar: the settings, with a message for each stored value that had to be replaced. */
export function apiGetSettings(): ApiResponse<LoadedSettings> {
  return respond(() => getSettings());
}

/** Sidebar: validates and saves the settings; BAD_SETTINGS names every bad field. */
export function apiSaveSettings(input: unknown): ApiResponse<Settings> {
  return respond(() => saveSettingsFromSidebar(input));
}
