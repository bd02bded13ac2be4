import { PipelineError } from "../pipeline-error";
import { normalizeKey } from "../values/normalize-key";
import type { ColumnMapping, TableSpec } from "./table-spec";

/** Where each field's column is (0-based, -1 when absent) and its header as written. */
export interface FoundColumns<Field extends string> {
  readonly columns: Readonly<Record<Field, number>>;
  /** The header as found (trimmed); the field's label when the column is absent. */
  readonly headerText: Readonly<Record<Field, string>>;
}

/**
 * Finds each field's column in a header row by its aliases, case- and space-insensitively; a
 * header named in `mapping` replaces that field's aliases. Throws MISSING_COLUMN naming the tab,
 * the missing columns and the headers found when a required field has no column.
 * @example
 * findColumns(["ID", "Deal Stage"], TABLE_SPECS.leads).columns.stage; // => 1
 */
export function findColumns<Field extends string>(
  headerRow: readonly unknown[],
  spec: TableSpec<Field>,
  mapping: ColumnMapping = {},
  tabName: string = spec.defaultTab,
): FoundColumns<Field> {
  const indexByKey = indexHeaders(headerRow);
  const claimed = new Set<number>();
  const columns = {} as Record<Field, number>;
  const headerText = {} as Record<Field, string>;
  const fields = [...spec.required, ...spec.optional];
  // Mapped fields first, so that an alias of another field cannot take their column.
  const ordered = [
    ...fields.filter((field) => hasMapping(mapping, field)),
    ...fields.filter((field) => !hasMapping(mapping, field)),
  ];
  for (const field of ordered) {
    const wanted = hasMapping(mapping, field) ? [mapping[field] as string] : spec.aliases[field];
    const index = findFirstUnclaimed(wanted, indexByKey, claimed);
    if (index >= 0) claimed.add(index);
    columns[field] = index;
    headerText[field] = index >= 0 ? String(headerRow[index]).trim() : (wanted[0] as string);
  }
  const missing = spec.required.filter((field) => columns[field] < 0);
  if (missing.length > 0) throw missingColumnError(tabName, missing, spec, mapping, headerRow);
  return { columns, headerText };
}

function hasMapping(mapping: ColumnMapping, field: string): boolean {
  const header = mapping[field];
  return header !== undefined && header.trim() !== "";
}

function indexHeaders(headerRow: readonly unknown[]): Map<string, number> {
  const indexByKey = new Map<string, number>();
  for (let index = 0; index < headerRow.length; index += 1) {
    const key = normalizeKey(headerRow[index]);
    if (key !== "" && !indexByKey.has(key)) indexByKey.set(key, index);
  }
  return indexByKey;
}

function findFirstUnclaimed(
  headers: readonly string[],
  indexByKey: Map<string, number>,
  claimed: Set<number>,
): number {
  for (const header of headers) {
    const index = indexByKey.get(normalizeKey(header));
    if (index !== undefined && !claimed.has(index)) return index;
  }
  return -1;
}

function missingColumnError<Field extends string>(
  tabName: string,
  missing: readonly Field[],
  spec: TableSpec<Field>,
  mapping: ColumnMapping,
  headerRow: readonly unknown[],
): PipelineError {
  const found = headerRow.map((cell) => String(cell ?? "").trim()).filter((text) => text !== "");
  const foundText = found.length > 0 ? `found: ${found.join(", ")}` : "the tab has no header row";
  const names = missing.map(
    (field) => `"${hasMapping(mapping, field) ? (mapping[field] as string).trim() : spec.aliases[field][0]}"`,
  );
  const hints = missing.map((field) => describeFix(field, spec, mapping));
  return new PipelineError(
    "MISSING_COLUMN",
    `Tab "${tabName}" has no ${names.join(" or ")} column (${foundText}). ${hints.join(" ")}`,
  );
}

function describeFix<Field extends string>(
  field: Field,
  spec: TableSpec<Field>,
  mapping: ColumnMapping,
): string {
  const [label, ...others] = spec.aliases[field];
  if (hasMapping(mapping, field)) {
    return `Settings map ${label} to "${(mapping[field] as string).trim()}": rename that column or change the column mapping.`;
  }
  const otherNames = others.length > 0 ? ` (or ${others.join(", ")})` : "";
  return `Add a "${label}" column${otherNames}, or map ${label} to one of your columns in settings.`;
}
