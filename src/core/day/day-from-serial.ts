import type { Day } from "../types";

/** Sheets' serial number of 1970-01-01 (serial 0 is 1899-12-30). */
const SERIAL_OF_EPOCH = 25_569;

/**
 * The Day of a Sheets serial date number; the fraction (time of day) is dropped.
 * Formula: floor(serial) − 25 569.
 * @example
 * dayFromSerial(45352.75); // => 19783 (2024-03-01)
 */
export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}
