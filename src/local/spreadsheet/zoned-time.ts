/**
 * Wall-clock time in a named time zone. Sheets' dates have no zone: a cell holds a wall-clock
 * date, and Apps Script hands it over as the instant that wall clock shows in the spreadsheet's
 * time zone. When that zone is the process's own, the native local-time Date API is used (fast).
 */
export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const PROCESS_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The time zone of this process (what a new spreadsheet gets by default). */
export function processTimeZone(): string {
  return PROCESS_TIME_ZONE;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch (cause) {
      // Apps Script's wording for a zone it does not know, with the engine's reason kept.
      throw Object.assign(
        new Error(`Invalid argument: timeZone (${timeZone}: ${(cause as Error).message})`),
        { cause },
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC for a fixed-offset zone such as "GMT+10:30" or "UTC-5"; null for a named zone. */
function fixedOffsetMinutes(timeZone: string): number | null {
  const offset = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (offset === null) return null;
  return (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === "-" ? -1 : 1);
}

/** What a clock in `timeZone` (a named zone or a fixed GMT offset) shows at the instant `date`. */
export function toWallClock(date: Date, timeZone: string): WallClock {
  if (timeZone === PROCESS_TIME_ZONE) {
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
      millisecond: date.getMilliseconds(),
    };
  }
  const offset = fixedOffsetMinutes(timeZone);
  if (offset !== null) return toWallClock(new Date(date.getTime() + offset * 60_000), "UTC");
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: date.getUTCMilliseconds(),
  };
}

function wallClockAsUtc(wall: WallClock): number {
  const utc = new Date(0);
  utc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  utc.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return utc.getTime();
}

/** The instant at which a clock in `timeZone` shows `wall`. */
export function fromWallClock(wall: WallClock, timeZone: string): Date {
  if (timeZone === PROCESS_TIME_ZONE) {
    const local = new Date(2000, 0, 1);
    local.setFullYear(wall.year, wall.month - 1, wall.day);
    local.setHours(wall.hour, wall.minute, wall.second, wall.millisecond);
    return local;
  }
  const target = wallClockAsUtc(wall);
  // Two passes settle the zone offset even when the first guess lands across a DST change.
  let instant = target;
  for (let pass = 0; pass < 2; pass++) {
    instant += target - wallClockAsUtc(toWallClock(new Date(instant), timeZone));
  }
  return new Date(instant);
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A wall clock as a Sheets serial number (days since 1899-12-30, time as the fraction). */
export function wallClockToSerial(wall: WallClock): number {
  return (wallClockAsUtc(wall) - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** A Sheets serial number as a wall clock (rounded to the millisecond). */
export function serialToWallClock(serial: number): WallClock {
  const utc = new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
    millisecond: utc.getUTCMilliseconds(),
  };
}
