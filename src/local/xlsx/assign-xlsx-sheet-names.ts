import { STATE_SHEET_NAME } from "./state-sheet";

// Excel's rules for a worksheet name (exceljs cuts a longer one and throws on the others): at
// most 31 characters, none of : [ ] * ? / \, no apostrophe first or last, never "History".
const MAX_XLSX_NAME_CHARS = 31;
const FORBIDDEN_CHARACTER = /[:[\]*?/\\]/g;
const EDGE_APOSTROPHES = /^'+|'+$/g;
const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF]$/;
// "History" is Excel's; the state sheet's name is this runtime's own.
const RESERVED_NAMES = ["history", STATE_SHEET_NAME.toLowerCase()];
const FALLBACK_NAME = "Sheet";

function isXlsxSafe(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_XLSX_NAME_CHARS &&
    name.search(FORBIDDEN_CHARACTER) === -1 &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED_NAMES.includes(name.toLowerCase())
  );
}

/** The first `length` UTF-16 units of `text`, never ending halfway through an emoji. */
function truncate(text: string, length: number): string {
  return text.slice(0, length).replace(LONE_HIGH_SURROGATE, "");
}

/** `name` with each forbidden character as "_", outer apostrophes dropped, cut to 31 characters. */
function cleanName(name: string): string {
  const cleaned = truncate(name.replace(FORBIDDEN_CHARACTER, "_"), MAX_XLSX_NAME_CHARS)
    .replace(EDGE_APOSTROPHES, "")
    .trim();
  return cleaned === "" ? FALLBACK_NAME : cleaned;
}

/** `base`, or `base (2)`, `base (3)`… cut to fit: the first one no other worksheet has. */
function claimName(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let number = 2; taken.has(candidate.toLowerCase()); number++) {
    const suffix = ` (${number})`;
    candidate = `${truncate(base, MAX_XLSX_NAME_CHARS - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The worksheet name to write for each sheet name, in order: the name itself when .xlsx can hold
 * it, otherwise a cleaned, cut name made unique (case-insensitively, as Excel compares them)
 * against every other worksheet's; the real name then travels in the state sheet.
 *
 * @example
 * assignXlsxSheetNames(["Leads", "Q1: Leads [draft]", "History"]);
 * // => ["Leads", "Q1_ Leads _draft_", "History (2)"]
 */
export function assignXlsxSheetNames(sheetNames: readonly string[]): string[] {
  const taken = new Set(RESERVED_NAMES);
  for (const name of sheetNames) if (isXlsxSafe(name)) taken.add(name.toLowerCase());
  return sheetNames.map((name) => (isXlsxSafe(name) ? name : claimName(cleanName(name), taken)));
}
