/** Turns a day offset from the as-of date (0 = as-of, −1 = the day before) into a Date. */
export type DemoCalendar = (dayOffset: number) => Date;

/**
 * A calendar of local-midnight Dates around `asOf`. Each day's timestamp is worked out once
 * (with the Date constructor, so daylight-saving shifts are right) and cached, because a large
 * demo asks for the same few hundred days a million times.
 * @example
 * createDemoCalendar(new Date(2026, 11, 1))(-1); // => 2026-11-30 at local midnight
 */
export function createDemoCalendar(asOf: Date): DemoCalendar {
  const year = asOf.getFullYear();
  const month = asOf.getMonth();
  const dayOfMonth = asOf.getDate();
  const timestamps = new Map<number, number>();
  return (dayOffset) => {
    let timestamp = timestamps.get(dayOffset);
    if (timestamp === undefined) {
      timestamp = new Date(year, month, dayOfMonth + dayOffset).getTime();
      timestamps.set(dayOffset, timestamp);
    }
    return new Date(timestamp);
  };
}
