const INNER_WHITESPACE = /\s+/g;
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/**
 * The matching key of a name (stage, activity type, header): trimmed, lower-cased, inner
 * whitespace collapsed to one space. null and undefined give "".
 * @example
 * normalizeKey("  Closed   Won "); // => "closed won"
 */
export function normalizeKey(text: unknown): string {
  if (text === null || text === undefined) return "";
  const key = String(text).trim().toLowerCase();
  return NEEDS_COLLAPSE.test(key) ? key.replace(INNER_WHITESPACE, " ") : key;
}
