/** Developer-metadata key marking a Leads column the add-on owns; the value says which one. */
export const OWNED_COLUMN_KEY = "pipelineConfidence.column";

export type OwnedColumnRole = "confidence" | "explanation";

export const OWNED_COLUMN_HEADERS: Readonly<Record<OwnedColumnRole, string>> = {
  confidence: "Confidence",
  explanation: "Explanation",
};

/**
 * The 1-based columns of Leads the add-on owns, found by their column metadata, so that they
 * are found again after the user moves or renames them. Absent roles are missing from the map.
 */
export function findOwnedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<OwnedColumnRole, number> {
  const owned = new Map<OwnedColumnRole, number>();
  const found = sheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_KEY).find();
  for (const metadata of found) {
    const role = metadata.getValue();
    const column = metadata.getLocation().getColumn();
    if ((role === "confidence" || role === "explanation") && column !== null && !owned.has(role)) {
      owned.set(role, column.getColumn());
    }
  }
  return owned;
}
