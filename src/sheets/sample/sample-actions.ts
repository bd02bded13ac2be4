import { type ApiResponse, respond } from "../api/respond";
import { type SampleSetupResult, setUpSampleSheet } from "./set-up-sample-sheet";

function describeSetup(result: SampleSetupResult): string {
  const created = result.created.length > 0 ? `Created ${result.created.join(", ")}.` : "Created no tab.";
  const skipped =
    result.skipped.length > 0 ? ` Left your existing ${result.skipped.join(", ")} as they were.` : "";
  return created + skipped;
}

/** Menu: Set up sample sheet. */
export function menuSetUpSampleSheet(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = setUpSampleSheet(spreadsheet, new Date());
  spreadsheet.toast(describeSetup(result), "Pipeline Confidence");
}

/** Sidebar: Set up sample sheet, returning which tabs were created and which were left alone. */
export function apiSetUpSampleSheet(): ApiResponse<SampleSetupResult & { message: string }> {
  return respond(() => {
    const result = setUpSampleSheet(SpreadsheetApp.getActiveSpreadsheet(), new Date());
    return { ...result, message: describeSetup(result) };
  });
}
