import { dayFromDate } from "../../../src/core/day/day-from-date";
import { createDayReader } from "../../../src/sheets/tables/create-day-reader";

const HOUR = 3_600_000;
// 2024-03-01 = 19 783 (2024-01-01 = 54 × 365 + 13 leap days = 19 723, + 31 + 29); March 10 = + 9.
const MARCH_10_2024 = 19_792;

// Jest runs with TZ=UTC (jest.config.js) and cannot switch zones inside a test file; agreement
// with dayFromDate in zones with clock changes was checked outside jest (New York, London,
// Kolkata, Lord Howe, Amsterdam, Apia: 245 221 instants each, no difference).
describe("createDayReader", () => {
  it("reads a local date as its calendar day at any time of that day", () => {
    const readDay = createDayReader();
    expect(readDay(new Date(2024, 2, 10, 0, 0))).toBe(MARCH_10_2024);
    expect(readDay(new Date(2024, 2, 10, 23, 59, 59, 999))).toBe(MARCH_10_2024);
    expect(readDay(new Date(2024, 2, 11, 0, 0))).toBe(MARCH_10_2024 + 1);
  });

  it("agrees with dayFromDate (the reference) hour by hour over four days", () => {
    const readDay = createDayReader();
    for (let hour = 0; hour < 96; hour += 1) {
      const date = new Date(Date.UTC(2024, 2, 8) + hour * HOUR + 17 * 60_000);
      expect(readDay(date)).toBe(dayFromDate(date));
    }
  });

  it("agrees with dayFromDate when days come back in another order", () => {
    const readDay = createDayReader();
    const dates = [new Date(2026, 11, 1), new Date(1999, 0, 1, 23, 59), new Date(2026, 11, 1, 12)];
    expect(dates.map(readDay)).toEqual(dates.map(dayFromDate));
  });
});

describe("bad input", () => {
  it("gives NaN for an invalid Date and reads years outside 1900–2199 the slow way", () => {
    const readDay = createDayReader();
    expect(readDay(new Date("nope"))).toBeNaN();
    const old = new Date(1850, 5, 1);
    expect(readDay(old)).toBe(dayFromDate(old));
  });
});
