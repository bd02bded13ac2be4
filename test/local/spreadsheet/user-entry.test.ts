import { MAX_CELL_CHARS } from "../../../src/local/spreadsheet/sheets-messages";
import { isPlainText, parseEntry } from "../../../src/local/spreadsheet/user-entry";

const context = { locale: "en_US", timeZone: "UTC" };

describe("isPlainText", () => {
  it("accepts text starting with a letter and longer than FALSE", () => {
    expect(["Acme Corp", "Closed Lost", "L-000001", "Falsey", "email@example.com"].map(isPlainText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("leaves to the full reader anything Sheets might read as more than text", () => {
    // Booleans (5 letters or fewer), formulas, apostrophes, numbers, currency, percents, dates and
    // text with leading spaces (Sheets trims before reading a number) all need parseEntry.
    const special = ["TRUE", "false", "=SUM(A1)", "'Acme", "1,234", "$1,200", "60%", "2024-03-01", " 12", ""];
    expect(special.filter(isPlainText)).toEqual([]);
  });

  it("never disagrees with parseEntry: plain text is stored exactly as typed", () => {
    const samples = ["Acme Corp", "Trueish", "Falsey", "Lead-2024-03-01", "Meeting", "e1000000", "Inf12345"];
    for (const text of samples.filter(isPlainText))
      expect(parseEntry(text, context)).toEqual({ value: text });
  });
});

describe("bad input", () => {
  it("leaves text too long for a cell to parseEntry, which refuses it", () => {
    const long = `A${"a".repeat(MAX_CELL_CHARS)}`;
    expect(isPlainText(long)).toBe(false);
    expect(() => parseEntry(long, context)).toThrow();
  });
});
