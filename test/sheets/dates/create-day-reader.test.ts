import { createDayReader } from "../../../src/sheets/dates/create-day-reader";
import { createZoneOffset } from "../../../src/sheets/dates/create-zone-offset";
import { zoneMidnight } from "../../../src/sheets/dates/zone-midnight";

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The Day of a calendar date, straight from Date.UTC (the reference). */
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

// Jest runs with TZ=UTC: the script's own zone is UTC, as in the add-on's manifest, while each
// test's spreadsheet zone differs. Offsets by hand: Tokyo +9 (no DST), Kolkata +5:30, New York
// −5 (EST) / −4 (EDT from 2026-03-08 02:00 local = 07:00 UTC).
describe("createDayReader", () => {
  it("reads a Tokyo midnight as its own day, not the UTC day before", () => {
    const readDay = createDayReader(createZoneOffset("Asia/Tokyo"));
    expect(readDay(new Date(Date.UTC(2026, 5, 30, 15)))).toBe(dayOf(2026, 7, 1));
    expect(readDay(new Date(Date.UTC(2026, 5, 30, 14, 59)))).toBe(dayOf(2026, 6, 30));
  });

  it("reads New York days west of UTC on both sides of midnight", () => {
    const readDay = createDayReader(createZoneOffset("America/New_York"));
    expect(readDay(new Date(Date.UTC(2026, 6, 1, 4)))).toBe(dayOf(2026, 7, 1));
    expect(readDay(new Date(Date.UTC(2026, 6, 1, 3, 59)))).toBe(dayOf(2026, 6, 30));
  });

  it("reads a half-hour zone (Kolkata)", () => {
    const readDay = createDayReader(createZoneOffset("Asia/Kolkata"));
    expect(readDay(new Date(Date.UTC(2026, 0, 1, 18, 30)))).toBe(dayOf(2026, 1, 2));
    expect(readDay(new Date(Date.UTC(2026, 0, 1, 18, 29)))).toBe(dayOf(2026, 1, 1));
  });

  it("keeps the day of a clock change whole (New York, 2026-03-08)", () => {
    const readDay = createDayReader(createZoneOffset("America/New_York"));
    expect(readDay(new Date(Date.UTC(2026, 2, 8, 5)))).toBe(dayOf(2026, 3, 8)); // 00:00 EST
    expect(readDay(new Date(Date.UTC(2026, 2, 9, 3, 59)))).toBe(dayOf(2026, 3, 8)); // 23:59 EDT
    expect(readDay(new Date(Date.UTC(2026, 2, 9, 4)))).toBe(dayOf(2026, 3, 9)); // 00:00 EDT
  });

  it("gives the same days whatever order the dates come in", () => {
    const readDay = createDayReader(createZoneOffset("Asia/Tokyo"));
    const times = [Date.UTC(2026, 11, 1, 16), Date.UTC(1999, 0, 1, 14), Date.UTC(2026, 11, 1, 14)];
    expect(times.map((time) => readDay(new Date(time)))).toEqual([
      dayOf(2026, 12, 2),
      dayOf(1999, 1, 1),
      dayOf(2026, 12, 1),
    ]);
  });

  it("reads UTC days in a UTC spreadsheet hour by hour", () => {
    const readDay = createDayReader(createZoneOffset("Etc/UTC"));
    for (let hour = 0; hour < 72; hour += 1) {
      const time = Date.UTC(2024, 2, 8) + hour * HOUR + 17 * MINUTE;
      expect(readDay(new Date(time))).toBe(dayOf(2024, 3, 8) + Math.floor(hour / 24));
    }
  });
});

describe("zoneMidnight", () => {
  it("is the instant a date cell holds in the spreadsheet's zone", () => {
    expect(zoneMidnight(dayOf(2026, 7, 1), createZoneOffset("Asia/Tokyo"))).toBe(Date.UTC(2026, 5, 30, 15));
    const newYork = createZoneOffset("America/New_York");
    expect(zoneMidnight(dayOf(2026, 3, 8), newYork)).toBe(Date.UTC(2026, 2, 8, 5));
    expect(zoneMidnight(dayOf(2026, 3, 9), newYork)).toBe(Date.UTC(2026, 2, 9, 4));
  });
});

describe("bad input", () => {
  it("gives NaN for an invalid Date", () => {
    expect(createDayReader(createZoneOffset("Asia/Tokyo"))(new Date("nope"))).toBeNaN();
  });

  it("reads years outside 1900–2199 the slow way, still in the zone", () => {
    expect(createDayReader(createZoneOffset("Asia/Tokyo"))(new Date(Date.UTC(2250, 0, 1, 15)))).toBe(
      dayOf(2250, 1, 2),
    );
  });

  it("falls back to the script's zone (UTC here) for a zone name Intl does not know", () => {
    expect(createDayReader(createZoneOffset("Mars/Olympus"))(new Date(Date.UTC(2026, 5, 30, 15)))).toBe(
      dayOf(2026, 6, 30),
    );
  });
});
