import { dateFromDay } from "../../../src/core/day/date-from-day";
import { dayFromDate } from "../../../src/core/day/day-from-date";
import { countDaysInMonth, dayFromParts } from "../../../src/core/day/day-from-parts";
import { dayFromSerial } from "../../../src/core/day/day-from-serial";
import { formatDay } from "../../../src/core/day/format-day";
import { parseIsoDay } from "../../../src/core/day/parse-iso-day";

// 2024-03-01 by hand: 1970..2023 is 54 years with 13 leap years (1972, 1976, …, 2020),
// so 2024-01-01 = 54 × 365 + 13 = 19 723; plus January 31 and February 29 days → 19 783.
const MARCH_1_2024 = 19_783;

describe("dayFromParts", () => {
  it("counts days since 1970-01-01", () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1970, 2, 1)).toBe(31); // January has 31 days
    expect(dayFromParts(2024, 3, 1)).toBe(MARCH_1_2024);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
  });

  it("rejects impossible dates with NaN", () => {
    expect(dayFromParts(2023, 2, 29)).toBeNaN(); // 2023 is not a leap year
    expect(dayFromParts(1900, 2, 29)).toBeNaN(); // divisible by 100, not by 400
    expect(dayFromParts(2000, 2, 29)).toBe(11_016); // 2000 is: 30 years × 365 + 7 leap days + 31 + 28
    expect(dayFromParts(2024, 4, 31)).toBeNaN();
    expect(dayFromParts(2024, 13, 1)).toBeNaN();
    expect(dayFromParts(2024, 0, 1)).toBeNaN();
    expect(dayFromParts(2024, 1, 0)).toBeNaN();
  });

  it("keeps years below 100 literal", () => {
    // Year 50 is 1920 years before 1970, so far more than 700 000 days back.
    expect(dayFromParts(50, 1, 1)).toBeLessThan(-700_000);
  });

  it("knows the length of each month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => countDaysInMonth(2024, month))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe("dayFromDate", () => {
  it("takes the local calendar day, whatever the time", () => {
    expect(dayFromDate(new Date(2024, 2, 1, 0, 0))).toBe(MARCH_1_2024);
    expect(dayFromDate(new Date(2024, 2, 1, 23, 59, 59))).toBe(MARCH_1_2024);
  });

  it("gives NaN for an invalid Date", () => {
    expect(dayFromDate(new Date("nope"))).toBeNaN();
  });
});

describe("dateFromDay", () => {
  it("gives local midnight of the day", () => {
    const date = dateFromDay(MARCH_1_2024);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 2, 1, 0]);
  });

  it("round-trips with dayFromDate", () => {
    for (const day of [-1, 0, 59, MARCH_1_2024, 30_000]) expect(dayFromDate(dateFromDay(day))).toBe(day);
  });
});

describe("formatDay", () => {
  it("writes YYYY-MM-DD", () => {
    expect(formatDay(MARCH_1_2024)).toBe("2024-03-01");
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(-1)).toBe("1969-12-31");
    expect(formatDay(MARCH_1_2024 + 275)).toBe("2024-12-01"); // Mar–Nov: 31+30+31+30+31+31+30+31+30 = 275
  });
});

describe("parseIsoDay", () => {
  it("reads YYYY-MM-DD, with or without a time", () => {
    expect(parseIsoDay("2024-03-01")).toBe(MARCH_1_2024);
    expect(parseIsoDay(" 2024-3-1 ")).toBe(MARCH_1_2024);
    expect(parseIsoDay("2024-03-01T23:30:00Z")).toBe(MARCH_1_2024);
    expect(parseIsoDay("2024-03-01 08:00")).toBe(MARCH_1_2024);
  });

  it("gives null for anything else", () => {
    expect(parseIsoDay("2024-02-30")).toBeNull();
    expect(parseIsoDay("01/03/2024")).toBeNull();
    expect(parseIsoDay("")).toBeNull();
    expect(parseIsoDay("2024-03")).toBeNull();
  });
});

describe("dayFromSerial", () => {
  it("counts from serial 25569 = 1970-01-01 and drops the time of day", () => {
    expect(dayFromSerial(25_569)).toBe(0);
    expect(dayFromSerial(25_569 + MARCH_1_2024 + 0.75)).toBe(MARCH_1_2024); // 45 352.75 = 2024-03-01 18:00
    expect(dayFromSerial(1)).toBe(-25_568); // 1899-12-31
  });
});
