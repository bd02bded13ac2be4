import type { CellContext, CellValue } from "./cell-value";
import { formatDatePattern, isDatePattern } from "./date-pattern";
import { isAutomaticFormat } from "./format-kind";
import { type LocaleConventions, localeConventions } from "./locale-conventions";
import { formatNumberPattern, splitSections } from "./number-pattern";
import { serialToWallClock, toWallClock, wallClockToSerial } from "./zoned-time";

/** Sheets' "Automatic" number display: up to 10 significant digits, exponent for huge or tiny values. */
function formatAutomaticNumber(value: number, conventions: LocaleConventions): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-9)) {
    return value.toExponential(2).toUpperCase().replace(".", conventions.decimal);
  }
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace(".", conventions.decimal);
}

function formatAutomaticDate(date: Date, context: CellContext): string {
  const wall = toWallClock(date, context.timeZone);
  const pattern = localeConventions(context.locale).datePattern;
  const hasTime = wall.hour !== 0 || wall.minute !== 0 || wall.second !== 0;
  return formatDatePattern(hasTime ? `${pattern} H:mm:ss` : pattern, wall);
}

function formatText(text: string, pattern: string | undefined): string {
  if (pattern === undefined) return text;
  const textSection = splitSections(pattern).find((section) => section.includes("@"));
  return textSection === undefined ? text : textSection.replace(/"([^"]*)"/g, "$1").replace("@", text);
}

/**
 * The text Sheets shows for a cell value under a number format (what getDisplayValue returns).
 * Dates with no format show in the locale's short date (M/d/yyyy in en_US), plus H:mm:ss when the
 * time of day is not midnight; a date under a number format shows its serial number, and a number
 * under a date format shows the date that serial stands for, as Sheets does.
 * @example formatDisplayValue(0.256, "0.0%", { locale: "en_US", timeZone: "UTC" }) // => "25.6%"
 */
export function formatDisplayValue(
  value: CellValue | undefined,
  pattern: string | undefined,
  context: CellContext,
): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return formatText(value, pattern);
  const conventions = localeConventions(context.locale);
  const explicit = isAutomaticFormat(pattern) || pattern === "@" ? undefined : pattern;
  if (typeof value === "object") {
    if (explicit === undefined) return formatAutomaticDate(value, context);
    const wall = toWallClock(value, context.timeZone);
    if (isDatePattern(explicit)) return formatDatePattern(explicit, wall);
    return formatNumberPattern(wallClockToSerial(wall), explicit, conventions);
  }
  if (explicit === undefined) return formatAutomaticNumber(value, conventions);
  if (isDatePattern(explicit)) return formatDatePattern(explicit, serialToWallClock(value));
  return formatNumberPattern(value, explicit, conventions);
}
