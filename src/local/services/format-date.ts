import { type DateField, formatDateField } from "../spreadsheet/date-fields";
import { toWallClock } from "../spreadsheet/zoned-time";

// The SimpleDateFormat letters Utilities.formatDate knows, as the fields Sheets' formats show too.
const JAVA_FIELDS: Readonly<Record<string, DateField>> = {
  y: "year",
  M: "month",
  d: "day",
  E: "weekday",
  H: "hour",
  h: "hour12",
  m: "minute",
  s: "second",
  S: "millisecond",
  a: "meridiem",
};

/**
 * Utilities.formatDate: a Java SimpleDateFormat subset (y, M, d, E, H, h, m, s, S, a, 'quoted').
 * @example formatDate(new Date(Date.UTC(2024, 0, 5, 14, 3)), "UTC", "yyyy-MM-dd HH:mm") // => "2024-01-05 14:03"
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error("Invalid argument: date");
  const wall = toWallClock(date, String(timeZone));
  return String(pattern).replace(
    /'((?:[^']|'')*)'|([A-Za-z])\2*/g,
    (token, quoted: string | undefined, letter) => {
      if (quoted !== undefined) return quoted.replace(/''/g, "'") || "'";
      const field = JAVA_FIELDS[letter as string];
      if (field === undefined) throw new Error(`Illegal pattern character '${letter}'`);
      // Java's "yy" is the two-digit year; any other run of y is the year padded to the run.
      return formatDateField(
        field === "year" && token.length === 2 ? "shortYear" : field,
        token.length,
        wall,
      );
    },
  );
}
