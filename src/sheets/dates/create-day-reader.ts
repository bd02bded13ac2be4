import type { Day } from "../../core/types";
import type { ZoneOffset } from "./create-zone-offset";

const MILLISECONDS_PER_DAY = 86_400_000;
// UTC days 1900-01-01 … 2199-12-31; dates outside take the slow path.
const FIRST_UTC_DAY = -25_567;
const UTC_DAYS = 109_573;
const UNKNOWN = 0x7fff_ffff;
const OFFSET_CHANGES = 0x7fff_fffe;

/**
 * A reader of Date cells as Days: the calendar day each shows in the spreadsheet's time zone.
 * A column of a million dates holds a few thousand distinct days: the zone's offset is worked out
 * once per UTC day, so each cell costs getTime() and a division instead of a zone lookup.
 * One reader serves every table of a read, so each day's offset is worked out once.
 * Formula: ⌊(time + offset(time)) / 86 400 000⌋.
 * @example
 * createDayReader(createZoneOffset("Asia/Tokyo"))(new Date(Date.UTC(2026, 5, 30, 15))); // => 20635 (2026-07-01)
 */
export function createDayReader(offsetAt: ZoneOffset): (date: Date) => Day {
  const readSlowly = (time: number) => Math.floor((time + offsetAt(time)) / MILLISECONDS_PER_DAY);
  let offsets: Int32Array | null = null;
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return Number.NaN;
    const slot = Math.floor(time / MILLISECONDS_PER_DAY) - FIRST_UTC_DAY;
    if (!(slot >= 0 && slot < UTC_DAYS)) return readSlowly(time);
    offsets ??= new Int32Array(UTC_DAYS).fill(UNKNOWN);
    let offset = offsets[slot] as number;
    if (offset === UNKNOWN) {
      const start = (slot + FIRST_UTC_DAY) * MILLISECONDS_PER_DAY;
      const first = offsetAt(start);
      offset = first === offsetAt(start + MILLISECONDS_PER_DAY - 1) ? first : OFFSET_CHANGES;
      offsets[slot] = offset;
    }
    if (offset === OFFSET_CHANGES) return readSlowly(time);
    return Math.floor((time + offset) / MILLISECONDS_PER_DAY);
  };
}
