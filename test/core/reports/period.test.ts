import { monthKey } from "../../../src/core/reports/month-key";
import { parsePeriod } from "../../../src/core/reports/parse-period";
import { isInPeriod } from "../../../src/core/reports/period";
import { quarterContaining } from "../../../src/core/reports/quarter-containing";
import { day } from "./report-fixture";

describe("quarterContaining", () => {
  it("finds the calendar quarter of a day", () => {
    expect(quarterContaining(day("2026-05-15"))).toEqual({
      start: day("2026-04-01"),
      end: day("2026-06-30"),
    });
    expect(quarterContaining(day("2026-01-01"))).toEqual({
      start: day("2026-01-01"),
      end: day("2026-03-31"),
    });
    expect(quarterContaining(day("2026-12-31"))).toEqual({
      start: day("2026-10-01"),
      end: day("2026-12-31"),
    });
  });

  it("knows 2024-Q1 runs 91 days (a leap year: 31 + 29 + 31)", () => {
    const quarter = quarterContaining(day("2024-02-29"));
    expect(quarter.end - quarter.start + 1).toBe(91);
  });
});

describe("parsePeriod", () => {
  it("reads quarters, months and years", () => {
    expect(parsePeriod("2026-Q4")).toEqual({ start: day("2026-10-01"), end: day("2026-12-31") });
    expect(parsePeriod(" 2026q1 ")).toEqual({ start: day("2026-01-01"), end: day("2026-03-31") });
    expect(parsePeriod("2024-02")).toEqual({ start: day("2024-02-01"), end: day("2024-02-29") });
    expect(parsePeriod("2026")).toEqual({ start: day("2026-01-01"), end: day("2026-12-31") });
  });
});

describe("monthKey and isInPeriod", () => {
  it("names the month and tests membership with both ends included", () => {
    expect(monthKey(day("2026-09-30"))).toBe("2026-09");
    const period = { start: day("2026-04-01"), end: day("2026-06-30") };
    expect(
      [day("2026-03-31"), day("2026-04-01"), day("2026-06-30"), day("2026-07-01")].map((d) =>
        isInPeriod(d, period),
      ),
    ).toEqual([false, true, true, false]);
  });
});

describe("bad input", () => {
  it("rejects text that is no period", () => {
    for (const text of ["2026-Q5", "2026-13", "2026-00", "Q4", "26-Q4", "", "2026-Q4-extra"]) {
      expect(parsePeriod(text)).toBeNull();
    }
  });
});
