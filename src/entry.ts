/**
 * The only surface Apps Script sees. Every export here becomes a top-level function of
 * dist/Code.js (the build adds the wrappers and copies each export's JSDoc onto them).
 */

import { listTabs, type TabSummary } from "./sheets/api/list-tabs";
import { type ApiResponse, respond } from "./sheets/api/respond";
import { buildMenu } from "./sheets/menu/build-menu";
import { openSidebar } from "./sheets/show-sidebar";

/** Adds the Pipeline Confidence menu when the spreadsheet opens (works in AuthMode.NONE). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Adds the menu right after the add-on is installed, without reopening the file. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: Open sidebar. */
export function showSidebar(): void {
  openSidebar();
}

/** Sidebar and CLI: every tab with its header row and row count. */
export function apiListTabs(): ApiResponse<TabSummary[]> {
  return respond(() => listTabs(SpreadsheetApp.getActiveSpreadsheet()));
}
