import { dayFromDate } from "../../core/day/day-from-date";
import type { Day } from "../../core/types";

const MILLISECONDS_PER_DAY = 86_400_000;
// UTC days 1900-01-01 … 2199-12-31; dates outside take the slow path.
const FIRST_UTC_DAY = -25_567;
const UTC_DAYS = 109_573;
const UNKNOWN = 0x7fff_ffff;
const OFFSET_CHANGES = 0x7fff_fffe;

/**
 * A reader of Date cells as Days (dayFromDate's answer) for one table read. A column of a
 * million dates holds a few thousand distinct days: the local UTC offset is worked out once per
 * UTC day, so each cell costs getTime() and a division instead of local-time calls. The offsets
 * are kept only for this read, since the process time zone may change between reads.
 */
export function createDayReader(): (date: Date) => Day {
  let offsets: Int32Array | null = null;
  return (date) => {
    const time = date.getTime();
    const slot = Math.floor(time / MILLISECONDS_PER_DAY) - FIRST_UTC_DAY;
    if (!(slot >= 0 && slot < UTC_DAYS)) return dayFromDate(date);
    offsets ??= new Int32Array(UTC_DAYS).fill(UNKNOWN);
    let offset = offsets[slot] as number;
    if (offset === UNKNOWN) {
      offset = readSteadyOffset((slot + FIRST_UTC_DAY) * MILLISECONDS_PER_DAY);
      offsets[slot] = offset;
    }
    if (offset === OFFSET_CHANGES) return dayFromDate(date);
    return Math.floor((time + offset) / MILLISECONDS_PER_DAY);
  };
}

/** Local minus UTC time (ms) over the UTC day starting at `start`; OFFSET_CHANGES when a clock change falls in it. */
function readSteadyOffset(start: number): number {
  const offset = readOffset(start);
  return offset === readOffset(start + MILLISECONDS_PER_DAY - 1) ? offset : OFFSET_CHANGES;
}

function readOffset(time: number): number {
  const date = new Date(time);
  const local = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return local - time;
}
