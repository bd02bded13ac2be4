import { dayFromDate } from "../day/day-from-date";
import { dayFromSerial } from "../day/day-from-serial";
import type { Day } from "../types";
import { parseDayText } from "./parse-day-text";

/** Which number comes first in "1/2/2024": en_US writes month first, most other locales day first. */
export type DateOrder = "DMY" | "MDY";

/**
 * A date cell as a Day: null when blank, NaN when it is not a date.
 * Date → its local calendar day; number → Sheets serial; text → ISO "2024-03-01" (a time after
 * it is ignored), "yyyy/m/d", "d/m/yyyy" / "d.m.yy" / "d-m-yyyy" in `dateOrder`, or with an
 * English month name ("1 Mar 2024", "March 1, 2024"). Two-digit years are 2000 + yy.
 * @example
 * parseDay("01/03/2024", "DMY"); // => 19783 (2024-03-01)
 * parseDay("31/02/2024", "DMY"); // => NaN
 */
export function parseDay(raw: unknown, dateOrder: DateOrder = "MDY"): Day | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? dayFromSerial(raw) : Number.NaN;
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return dayFromDate(raw);
  if (typeof raw !== "string") return Number.NaN;
  const text = raw.trim();
  if (text === "") return null;
  return parseDayText(text, dateOrder);
}
