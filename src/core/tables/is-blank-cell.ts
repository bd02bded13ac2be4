/**
 * Whether a cell is empty: "", null, undefined or only whitespace (what a person sees as blank).
 * @example
 * isBlankCell("  "); // => true
 * isBlankCell(0); // => false
 */
export function isBlankCell(value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}
