import { dayFromDate } from "../../core/day/day-from-date";
import { formatDay } from "../../core/day/format-day";

const LONGEST_SHOWN = 40;

/** A cell's value as a person would quote it in an issue message: `"abc"`, `150`, `2024-03-01`. */
export function describeCell(raw: unknown): string {
  if (raw instanceof Date) return formatDay(dayFromDate(raw));
  if (typeof raw !== "string") return String(raw);
  const text = raw.trim();
  return text.length > LONGEST_SHOWN ? `"${text.slice(0, LONGEST_SHOWN)}…"` : `"${text}"`;
}
