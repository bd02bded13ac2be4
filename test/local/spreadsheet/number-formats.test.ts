import { createSpreadsheet, formatDisplayValue } from "../../../src/local/spreadsheet";

// Each expected display string is worked by hand from the pattern's meaning in Sheets' number
// format syntax (0 = digit, # = optional digit, "," = thousands, % = ×100, [$€] = currency).
const US = { locale: "en_US", timeZone: "UTC" };

describe("formatDisplayValue", () => {
  it.each([
    [1234.5, "0", "1235"],
    [1234.567, "0.00", "1234.57"],
    [1234567, "#,##0", "1,234,567"],
    [1234.5, "#,##0.00", "1,234.50"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [-1234.5, "$#,##0", "-$1,235"],
    [1234.5, "$#,##0.00", "$1,234.50"],
    [1234.5, "[$€]#,##0.00", "€1,234.50"],
    [-5, "#,##0;(#,##0)", "(5)"],
  ])("shows %p under %p as %p", (value, pattern, shown) => {
    expect(formatDisplayValue(value, pattern, US)).toBe(shown);
  });

  it.each([
    ["yyyy-mm-dd", "2024-03-07"],
    ["M/d/yyyy", "3/7/2024"],
    ["dd/mm/yyyy", "07/03/2024"],
    ["yyyy-mm-dd hh:mm", "2024-03-07 09:05"],
    ["mmm d, yyyy", "Mar 7, 2024"],
  ])("shows 2024-03-07 09:05 under %p as %p", (pattern, shown) => {
    expect(formatDisplayValue(new Date(Date.UTC(2024, 2, 7, 9, 5)), pattern, US)).toBe(shown);
  });

  it("shows a date with no format as M/d/yyyy in en_US", () => {
    expect(formatDisplayValue(new Date(Date.UTC(2024, 2, 7)), undefined, US)).toBe("3/7/2024");
  });

  it("shows a date in the spreadsheet's time zone", () => {
    // 2024-03-07 03:00 UTC is still March 6 (22:00) in New York (UTC-5 before DST on March 10).
    const context = { locale: "en_US", timeZone: "America/New_York" };
    expect(formatDisplayValue(new Date(Date.UTC(2024, 2, 7, 3)), "yyyy-mm-dd", context)).toBe("2024-03-06");
  });

  it("shows a number under a date format as the day of that serial number", () => {
    // Serial 45292 is 2024-01-01 (Sheets: =DATE(2024,1,1)*1); March 7 is 31 + 29 + 6 = 66 days later → 45358.
    expect(formatDisplayValue(45358, "yyyy-mm-dd", US)).toBe("2024-03-07");
  });

  it("uses the locale's separators (de_DE: 1.234,50)", () => {
    expect(formatDisplayValue(1234.5, "#,##0.00", { locale: "de_DE", timeZone: "UTC" })).toBe("1.234,50");
  });

  it("shows booleans as TRUE/FALSE and automatic numbers without trailing zeros", () => {
    expect(formatDisplayValue(true, undefined, US)).toBe("TRUE");
    expect(formatDisplayValue(1.5, undefined, US)).toBe("1.5");
    // 1/3 shown to 10 significant digits, as Sheets' Automatic format does.
    expect(formatDisplayValue(1 / 3, undefined, US)).toBe("0.3333333333");
  });
});

describe("Range number formats", () => {
  it("answers 0.############### for a cell whose format was never set", () => {
    // What Apps Script's getNumberFormat returns for Sheets' "Automatic" format.
    expect(createSpreadsheet().getActiveSheet().getRange("A1").getNumberFormat()).toBe("0.###############");
  });

  it("stores formats per cell and uses them in getDisplayValues", () => {
    const sheet = createSpreadsheet({ timeZone: "UTC" }).getActiveSheet();
    const range = sheet.getRange("A1:B2");
    range.setValues([
      [0.5, 1234.5],
      [new Date(Date.UTC(2024, 0, 31)), 7],
    ]);
    range.setNumberFormats([
      ["0%", "#,##0.00"],
      ["yyyy-mm-dd", "0.###############"],
    ]);
    expect(range.getNumberFormats()).toEqual([
      ["0%", "#,##0.00"],
      ["yyyy-mm-dd", "0.###############"],
    ]);
    expect(range.getDisplayValues()).toEqual([
      ["50%", "1,234.50"],
      ["2024-01-31", "7"],
    ]);
    expect(sheet.getRange("B1").getDisplayValue()).toBe("1,234.50");
  });

  it("applies one format to every cell with setNumberFormat", () => {
    const range = createSpreadsheet().getActiveSheet().getRange("A1:A2").setNumberFormat("0.0%");
    expect(range.getNumberFormats()).toEqual([["0.0%"], ["0.0%"]]);
  });

  it("shows a leading-apostrophe number as the text typed", () => {
    const range = createSpreadsheet().getActiveSheet().getRange("A1").setValue("'00123");
    expect(range.getDisplayValue()).toBe("00123");
  });
});

describe("bad input", () => {
  it("refuses a format grid of the wrong size", () => {
    const range = createSpreadsheet().getActiveSheet().getRange("A1:B1");
    expect(() => range.setNumberFormats([["0"], ["0"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.",
    );
  });

  it("shows text unchanged under a number format", () => {
    expect(formatDisplayValue("n/a", "#,##0.00", US)).toBe("n/a");
  });
});
