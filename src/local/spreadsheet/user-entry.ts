import type { CellContext, CellValue } from "./cell-value";
import { localeConventions } from "./locale-conventions";
import { MAX_CELL_CHARS, SHEETS_MESSAGES } from "./sheets-messages";
import { fromWallClock } from "./zoned-time";

/** A cell after typed text was read the way Sheets reads it. `value` undefined = blank cell. */
export interface CellEntry {
  readonly value: CellValue | undefined;
  readonly formula?: string;
  /** The number format Sheets picks on entry (60% → "0%"); applied only to unformatted cells. */
  readonly format?: string;
}

const BLANK: CellEntry = { value: undefined };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Reads "1,234.5" / "1234.5" (en_US) or "1.234,5" (de_DE); null when not a plain number. */
interface NumberPatterns {
  readonly plain: RegExp;
  readonly grouped: RegExp;
  readonly group: string;
  readonly decimal: string;
}

const numberPatterns = new Map<string, NumberPatterns>();

function numberPatternsFor(locale: string): NumberPatterns {
  let patterns = numberPatterns.get(locale);
  if (patterns === undefined) {
    const { decimal, group: localeGroup } = localeConventions(locale);
    // Locales that group with a (narrow) no-break space accept a plain space when typed.
    const group = localeGroup === "\u00a0" || localeGroup === "\u202f" ? " " : localeGroup;
    const d = escapeRegExp(decimal);
    const g = escapeRegExp(group);
    patterns = {
      plain: new RegExp(`^[+-]?(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`),
      grouped: new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`),
      group,
      decimal,
    };
    numberPatterns.set(locale, patterns);
  }
  return patterns;
}

function readNumber(
  text: string,
  context: CellContext,
): { value: number; grouped: boolean; decimals: boolean } | null {
  const { plain, grouped, group, decimal } = numberPatternsFor(context.locale);
  const isGrouped = grouped.test(text);
  if (!isGrouped && !plain.test(text)) return null;
  const normalized = (isGrouped ? text.split(group).join("") : text).replace(decimal, ".");
  return { value: Number(normalized), grouped: isGrouped, decimals: normalized.includes(".") };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads typed dates: ISO `2024-03-01[ 10:30[:00]]` and `3/1/2024` in the locale's day/month order. */
function readDate(text: string, context: CellContext): Date | null {
  let year: number;
  let month: number;
  let day: number;
  let time = [0, 0, 0];
  const iso = ISO_DATE.exec(text);
  const slash = iso === null ? SLASH_DATE.exec(text) : null;
  if (iso !== null) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
  } else if (slash !== null) {
    const first = Number(slash[1]);
    const second = Number(slash[2]);
    const monthFirst = localeConventions(context.locale).monthFirst;
    [month, day] = monthFirst ? [first, second] : [second, first];
    year = Number(slash[3]);
    // Sheets reads two-digit years 00–29 as 20xx and 30–99 as 19xx.
    if ((slash[3] ?? "").length === 2) year += year < 30 ? 2000 : 1900;
  } else {
    return null;
  }
  const [hour = 0, minute = 0, second = 0] = time;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return fromWallClock({ year, month, day, hour, minute, second, millisecond: 0 }, context.timeZone);
}

function readSpecial(text: string, context: CellContext): CellEntry | null {
  const lower = text.toLowerCase();
  if (lower === "true" || lower === "false") return { value: lower === "true" };
  const number = readNumber(text, context);
  if (number !== null)
    return {
      value: number.value,
      format: number.grouped ? (number.decimals ? "#,##0.00" : "#,##0") : undefined,
    };
  if (text.endsWith("%")) {
    const percent = readNumber(text.slice(0, -1).trimEnd(), context);
    if (percent !== null) return { value: percent.value / 100, format: percent.decimals ? "0.00%" : "0%" };
  }
  const currency = /^([+-]?)\$\s?(.+)$/.exec(text);
  if (currency !== null) {
    const amount = readNumber(currency[2] ?? "", context);
    if (amount !== null && !/^[+-]/.test(currency[2] ?? "")) {
      return { value: currency[1] === "-" ? -amount.value : amount.value, format: "$#,##0.00" };
    }
  }
  const date = readDate(text, context);
  return date === null ? null : { value: date };
}

/**
 * True for text that `parseEntry` keeps exactly as it is, decided from its first character and
 * length alone: text starting with an ASCII letter, too long to be TRUE or FALSE. Bulk writes use
 * it to skip building an entry for every name and email of a million-row table.
 * @example isPlainText("Acme Corp") // => true
 */
export function isPlainText(text: string): boolean {
  if (text.length <= 5 || text.length > MAX_CELL_CHARS) return false;
  const first = text.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
}

/**
 * Reads text as if a user typed it into Sheets: "=…" is a formula, a leading apostrophe forces
 * text, "123" / "TRUE" / "60%" / "$1,200" / "2024-03-01" become a number, boolean, percent,
 * currency or date; anything else stays text. "" is a blank cell.
 * @example parseEntry("60%", { locale: "en_US", timeZone: "UTC" }) // => { value: 0.6, format: "0%" }
 */
export function parseEntry(text: string, context: CellContext): CellEntry {
  if (text.length > MAX_CELL_CHARS) throw new Error(SHEETS_MESSAGES.cellTooLong);
  if (text === "") return BLANK;
  const first = text.charCodeAt(0);
  if (first === 39 /* ' */) return text.length === 1 ? BLANK : { value: text.slice(1) };
  if (first === 61 /* = */ && text.length > 1) return { value: "", formula: text };
  // Text starting with a letter can only be a boolean: skip the number and date parsers.
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    const lower = text.length <= 5 ? text.toLowerCase() : "";
    return lower === "true" || lower === "false" ? { value: lower === "true" } : { value: text };
  }
  const trimmed = text.trim();
  return readSpecial(trimmed, context) ?? { value: text };
}
