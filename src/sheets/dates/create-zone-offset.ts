/** Wall-clock time in a zone minus UTC, in ms, at an instant. */
export type ZoneOffset = (time: number) => number;

/**
 * The offset of a named time zone (the spreadsheet's) at any instant, through Intl (ICU's zone
 * data, in Apps Script's V8 as in Node). Sheets hands a date cell over as the instant its wall
 * clock shows in the spreadsheet's zone, whatever the script's own zone is, so reading the day
 * back needs that zone's offset, not the script's. An unknown zone falls back to the script's.
 * Formula: Date.UTC(wall-clock parts of the instant in `timeZone`) − the instant (whole seconds).
 * @example
 * createZoneOffset("Asia/Tokyo")(Date.UTC(2026, 6, 1)); // => 32 400 000 (9 hours)
 */
export function createZoneOffset(timeZone: string): ZoneOffset {
  const formatter = createFormatter(timeZone);
  if (formatter === null) return (time) => -new Date(time).getTimezoneOffset() * 60_000;
  return (time) => {
    const whole = Math.floor(time / 1000) * 1000;
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(whole))) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      (parts.hour ?? 0) % 24,
      parts.minute ?? 0,
      parts.second ?? 0,
    );
    return wall - whole;
  };
}

function createFormatter(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    // An unknown zone name: the script's own zone is the best guess left.
    return null;
  }
}
