import type { WallClock } from "./zoned-time";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** One part of a shown date, whichever pattern syntax named it (Sheets' `mmm`, Java's `MMM`). */
export type DateField =
  | "year"
  | "shortYear"
  | "month"
  | "day"
  | "weekday"
  | "hour"
  | "hour12"
  | "minute"
  | "second"
  | "millisecond"
  | "meridiem";

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function weekdayName(wall: WallClock): string {
  return WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()] ?? "";
}

/**
 * One field of a wall clock as both Sheets' date formats and Utilities.formatDate show it:
 * numbers zero-padded to `width`; a month named in full from width 4 and abbreviated at 3; a
 * weekday in full from width 4, abbreviated below; hours 1–12 on the 12-hour clock.
 * @example formatDateField("month", 3, { year: 2024, month: 3, day: 5, hour: 0, minute: 0, second: 0, millisecond: 0 }) // => "Mar"
 */
export function formatDateField(field: DateField, width: number, wall: WallClock): string {
  switch (field) {
    case "year":
      return pad(wall.year, width);
    case "shortYear":
      return pad(wall.year % 100, 2);
    case "month":
      if (width >= 4) return MONTHS[wall.month - 1] ?? "";
      return width === 3 ? (MONTHS[wall.month - 1] ?? "").slice(0, 3) : pad(wall.month, width);
    case "day":
      return pad(wall.day, width);
    case "weekday":
      return width >= 4 ? weekdayName(wall) : weekdayName(wall).slice(0, 3);
    case "hour":
      return pad(wall.hour, width);
    case "hour12":
      return pad(((wall.hour + 11) % 12) + 1, width);
    case "minute":
      return pad(wall.minute, width);
    case "second":
      return pad(wall.second, width);
    case "millisecond":
      return pad(wall.millisecond, width);
    case "meridiem":
      return wall.hour < 12 ? "AM" : "PM";
  }
}
