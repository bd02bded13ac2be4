const MILLISECONDS_PER_DAY = 86_400_000;
// Sheets counts days from 1899-12-30 (serial 0); 25569 is 1970-01-01.
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * How onEdit's e.value / e.oldValue carry a cell value: as text, dates as their serial number,
 * booleans as TRUE/FALSE; undefined for an empty cell.
 * @example toEditEventValue(new Date(Date.UTC(2024, 0, 1))) // => "45292"
 */
export function toEditEventValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (value instanceof Date) return String(value.getTime() / MILLISECONDS_PER_DAY + UNIX_EPOCH_SERIAL);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
