import type { ReportKind } from "./report-layout";

/** The developer metadata key that marks a tab as a report the add-on owns; its value is the kind. */
export const REPORT_METADATA_KEY = "pipelineConfidence.report";

/** True when the add-on created this tab for this kind of report (so it may replace it). */
export function isOwnedReportSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, kind: ReportKind): boolean {
  return sheet
    .getDeveloperMetadata()
    .some((metadata) => metadata.getKey() === REPORT_METADATA_KEY && metadata.getValue() === kind);
}
