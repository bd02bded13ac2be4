/**
 * The matching key of a Lead ID: trimmed, case kept; a number becomes its plain text so that
 * 123 and "123" match. null and undefined give "".
 * @example
 * normalizeId(123); // => "123"
 * normalizeId(" L-7 "); // => "L-7"
 */
export function normalizeId(raw: unknown): string {
  if (typeof raw === "string") return raw.trim();
  if (raw === null || raw === undefined) return "";
  return String(raw).trim();
}
