import { type ApiResponse, respond } from "../api/respond";
import { loadSettings } from "../settings/load-settings";
import { type SampleSetupResult, setUpSampleSheet } from "./set-up-sample-sheet";

function setUp(): SampleSetupResult {
  const { settings } = loadSettings(PropertiesService.getDocumentProperties());
  return setUpSampleSheet(SpreadsheetApp.getActiveSpreadsheet(), new Date(), settings);
}

function describeSetup(result: SampleSetupResult): string {
  const created = result.created.length > 0 ? `Created ${result.created.join(", ")}.` : "Created no tab.";
  const skipped =
    result.skipped.length > 0 ? ` Left your existing ${result.skipped.join(", ")} as they were.` : "";
  return created + skipped;
}

/** Menu: Set up sample sheet. */
export function menuSetUpSampleSheet(): void {
  const result = setUp();
  SpreadsheetApp.getActiveSpreadsheet().toast(describeSetup(result), "Pipeline Confidence");
}

/** Sidebar: Set up sample sheet, returning which tabs were created and which were left alone. */
export function apiSetUpSampleSheet(): ApiResponse<SampleSetupResult & { message: string }> {
  return respond(() => {
    const result = setUp();
    return { ...result, message: describeSetup(result) };
  });
}
