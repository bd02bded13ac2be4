import type { Day } from "../../core/types";
import type { ZoneOffset } from "./create-zone-offset";

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * The instant a Sheets date cell holding `day` stands for: midnight of that day in the zone.
 * Formula: t = day·86 400 000 − offset(t), found in two steps (the offset at a guess, then at t).
 * @example
 * zoneMidnight(20635, createZoneOffset("Asia/Tokyo")); // => Date.UTC(2026, 5, 30, 15)
 */
export function zoneMidnight(day: Day, offsetAt: ZoneOffset): number {
  const wall = day * MILLISECONDS_PER_DAY;
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}
