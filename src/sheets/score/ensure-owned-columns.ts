import { normalizeKey } from "../../core/values/normalize-key";
import {
  findOwnedColumns,
  OWNED_COLUMN_HEADERS,
  OWNED_COLUMN_KEY,
  type OwnedColumnRole,
} from "./owned-columns";

const ROLES: readonly OwnedColumnRole[] = ["confidence", "explanation"];

/** A header for a new owned column that no user column already carries (`Confidence (2)`…). */
function freeHeader(wanted: string, taken: Set<string>): string {
  let header = wanted;
  for (let suffix = 2; taken.has(normalizeKey(header)); suffix++) header = `${wanted} (${suffix})`;
  taken.add(normalizeKey(header));
  return header;
}

/**
 * The add-on's Confidence and Explanation columns of Leads, creating the missing ones right
 * after the last used column (widening the grid when needed). A user column with the same
 * header is never taken over: the new column gets a free header instead.
 */
export function ensureOwnedColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headerRow: number,
  header: readonly unknown[],
): Record<OwnedColumnRole, number> {
  const owned = findOwnedColumns(sheet);
  const missing = ROLES.filter((role) => !owned.has(role));
  if (missing.length === 0)
    return { confidence: owned.get("confidence") ?? 0, explanation: owned.get("explanation") ?? 0 };
  const taken = new Set(header.map((cell) => normalizeKey(cell)));
  const firstNew = sheet.getLastColumn() + 1;
  const overflow = firstNew + missing.length - 1 - sheet.getMaxColumns();
  if (overflow > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), overflow);
  const headers = missing.map((role) => freeHeader(OWNED_COLUMN_HEADERS[role], taken));
  sheet.getRange(headerRow, firstNew, 1, missing.length).setValues([headers]).setFontWeight("bold");
  missing.forEach((role, offset) => {
    const column = firstNew + offset;
    sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata(OWNED_COLUMN_KEY, role);
    owned.set(role, column);
  });
  return { confidence: owned.get("confidence") ?? 0, explanation: owned.get("explanation") ?? 0 };
}
