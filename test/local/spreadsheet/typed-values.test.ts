import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { classifyFormat, FormatKind } from "../../../src/local/spreadsheet/format-kind";

// Sheets stores a date as a serial number (days since 1899-12-30, the time as the fraction) and
// lets the cell's number format decide what getValues hands a script: a Date under a date or time
// format, a number under any other explicit number format (Sheets API "About date & time values";
// DateTimeRenderOption.SERIAL_NUMBER). Serial 45292 is 2024-01-01 (=DATE(2024,1,1)*1 in Sheets).
function newSheet(timeZone = "UTC") {
  return createSpreadsheet({ timeZone }).getActiveSheet();
}

describe("Range.getValues under number formats", () => {
  it("reads a number under a date format as the Date of that serial, at midnight", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setValue(46000).setNumberFormat("yyyy-mm-dd");
    // 46000 − 45292 = 708 days after 2024-01-01: 366 (leap 2024) → 2025-01-01 (45658), then 342 more
    // days: day 343 of 2025 = Nov 30 (334) + 9 → 2025-12-09.
    const value = sheet.getRange("A1").getValue();
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe("2025-12-09T00:00:00.000Z");
  });

  it("places the serial's midnight in the spreadsheet's time zone", () => {
    const sheet = newSheet("America/New_York");
    sheet.getRange("A1").setValue(45292).setNumberFormat("yyyy-mm-dd");
    // Midnight of 2024-01-01 in New York (EST, UTC−5 in January) is 05:00 UTC.
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2024-01-01T05:00:00.000Z");
  });

  it("reads the serial's fraction as the time of day", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setValue(45292.75).setNumberFormat("yyyy-mm-dd hh:mm");
    // 0.75 of a day = 18 hours.
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2024-01-01T18:00:00.000Z");
  });

  it("reads a number under a time-only format as a time on 1899-12-30", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setValue(0.5).setNumberFormat("hh:mm");
    // Serial 0 is 1899-12-30; 0.5 of a day is noon.
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("1899-12-30T12:00:00.000Z");
  });

  it("types each cell by its own format after setNumberFormats over numbers", () => {
    const sheet = newSheet();
    const range = sheet.getRange("A1:C1");
    range.setValues([[45292, 45292, 45292]]);
    range.setNumberFormats([["yyyy-mm-dd", "0.00", "0.###############"]]);
    const [date, fixed, automatic] = range.getValues()[0] ?? [];
    expect((date as Date).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    // An explicit number format and Automatic both leave a number a number.
    expect([fixed, automatic]).toEqual([45292, 45292]);
  });

  it("shows the formatted date in getDisplayValues", () => {
    const sheet = newSheet();
    sheet.getRange("A1").setValue(46000).setNumberFormat("yyyy-mm-dd");
    // Same serial as the first case: 2025-12-09.
    expect(sheet.getRange("A1").getDisplayValues()).toEqual([["2025-12-09"]]);
  });

  it("reads a Date under a plain number format as its serial number", () => {
    const sheet = newSheet();
    sheet
      .getRange("A1")
      .setValue(new Date(Date.UTC(2024, 0, 1, 12)))
      .setNumberFormat("0.00");
    // 2024-01-01 = 45292, noon = .5 of a day.
    expect(sheet.getRange("A1").getValue()).toBe(45292.5);
  });

  it("counts a Date's serial on the spreadsheet's wall clock", () => {
    const sheet = newSheet("America/New_York");
    sheet
      .getRange("A1")
      .setValue(new Date(Date.UTC(2024, 0, 1, 5)))
      .setNumberFormat("0");
    // 05:00 UTC is midnight in New York (UTC−5), so the wall clock reads 2024-01-01 00:00 = 45292.
    expect(sheet.getRange("A1").getValue()).toBe(45292);
  });

  it("keeps Dates under a date format, Automatic or plain text as Dates", () => {
    const sheet = newSheet();
    const range = sheet.getRange("A1:C1");
    const date = new Date(Date.UTC(2024, 2, 7));
    range.setValues([[date, date, date]]);
    range.setNumberFormats([["yyyy-mm-dd", "0.###############", "@"]]);
    expect(range.getValues()).toEqual([[date, date, date]]);
  });

  it("leaves text and booleans alone under a date format", () => {
    const sheet = newSheet();
    const range = sheet.getRange("A1:B1");
    range.setValues([["Acme", true]]);
    range.setNumberFormat("yyyy-mm-dd");
    expect(range.getValues()).toEqual([["Acme", true]]);
  });

  it("sees a format changed in one row of rows that shared one format row", () => {
    const sheet = newSheet();
    const column = sheet.getRange("A1:A3");
    column.setValues([[45292], [45293], [45294]]);
    column.setNumberFormat("yyyy-mm-dd");
    column.getValues(); // classifies the shared row once
    sheet.getRange("A2").setNumberFormat("0");
    const values = column.getValues().map((line) => line[0]);
    // A1 and A3 keep the date format (45292 = 2024-01-01, 45294 = 2024-01-03); A2 is a number again.
    expect(values.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))).toEqual(
      ["2024-01-01", 45293, "2024-01-03"],
    );
  });
});

describe("classifyFormat", () => {
  it.each([
    ["yyyy-mm-dd", FormatKind.date],
    ["M/d/yyyy H:mm:ss", FormatKind.date],
    ["hh:mm", FormatKind.date],
    ["mmm yyyy", FormatKind.date],
    ["0.00", FormatKind.number],
    ["#,##0", FormatKind.number],
    ["0%", FormatKind.number],
    ['#,##0 "days"', FormatKind.number],
    ["[$€]#,##0.00", FormatKind.number],
    ["0.###############", FormatKind.keep],
    ["General", FormatKind.keep],
    ["@", FormatKind.keep],
  ])("classifies %p as %p", (pattern, kind) => {
    // By the pattern letters: y, d, h, s (or m with no digit placeholder) make a date format.
    expect(classifyFormat(pattern)).toBe(kind);
  });

  describe("bad input", () => {
    it("keeps the value for a missing or empty format", () => {
      expect([classifyFormat(undefined), classifyFormat("")]).toEqual([FormatKind.keep, FormatKind.keep]);
    });
  });
});
