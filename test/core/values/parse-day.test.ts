import { parseDay } from "../../../src/core/values/parse-day";

// 2024-03-01 = 19 783 days after 1970-01-01 (54 × 365 + 13 leap days + 31 + 29).
const MARCH_1_2024 = 19_783;
// 2024-01-03 = 19 723 + 2.
const JANUARY_3_2024 = 19_725;

describe("parseDay", () => {
  it("takes a Date's local calendar day", () => {
    expect(parseDay(new Date(2024, 2, 1, 15, 0))).toBe(MARCH_1_2024);
  });

  it("reads a bare number as a Sheets serial date", () => {
    expect(parseDay(45_352)).toBe(MARCH_1_2024); // 25 569 + 19 783
    expect(parseDay(45_352.9)).toBe(MARCH_1_2024);
  });

  it("reads ISO text, with or without a time", () => {
    expect(parseDay("2024-03-01")).toBe(MARCH_1_2024);
    expect(parseDay("2024-03-01T10:00:00Z")).toBe(MARCH_1_2024);
    expect(parseDay("2024/3/1")).toBe(MARCH_1_2024);
  });

  it("reads d/m/y text in the given order", () => {
    expect(parseDay("3/1/2024", "MDY")).toBe(MARCH_1_2024);
    expect(parseDay("3/1/2024", "DMY")).toBe(JANUARY_3_2024);
    expect(parseDay("01.03.2024", "DMY")).toBe(MARCH_1_2024);
    expect(parseDay("1-3-2024", "DMY")).toBe(MARCH_1_2024);
    expect(parseDay("3/1/2024 14:30")).toBe(MARCH_1_2024); // MDY is the default
  });

  it("reads two-digit years as 2000 + yy", () => {
    expect(parseDay("1/3/24", "DMY")).toBe(MARCH_1_2024);
  });

  it("reads English month names", () => {
    expect(parseDay("1 Mar 2024")).toBe(MARCH_1_2024);
    expect(parseDay("March 1, 2024")).toBe(MARCH_1_2024);
    expect(parseDay("1-mar-24")).toBe(MARCH_1_2024);
    expect(parseDay("Sept 1 2024")).toBe(MARCH_1_2024 + 184); // Mar–Aug: 31+30+31+30+31+31 = 184
  });
});

describe("bad input", () => {
  it("gives null for blanks", () => {
    for (const blank of ["", "  ", null, undefined]) expect(parseDay(blank)).toBeNull();
  });

  it("gives NaN for impossible dates and text that is not a date", () => {
    const invalid = [
      "31/02/2024",
      "2024-02-30",
      "13/13/2024",
      "1/3/202",
      "soon",
      "Q3",
      "#N/A",
      "45352", // a serial written as text is not trusted
      "Mar 2024",
      "Marchy 1, 2024",
      "1 Mar 3 2024",
      new Date("invalid"),
      Number.NaN,
      true,
    ];
    for (const raw of invalid) expect(parseDay(raw, "DMY")).toBeNaN();
  });
});
