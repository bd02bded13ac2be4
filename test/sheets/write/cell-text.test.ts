import { toCellText } from "../../../src/sheets/write/cell-text";
import { createTestSpreadsheet } from "../report/report-fixtures";

describe("toCellText", () => {
  it("prefixes an apostrophe to every non-empty string", () => {
    expect(toCellText("Acme")).toBe("'Acme");
    expect(toCellText("=1+1")).toBe("'=1+1");
    expect(toCellText("'quoted")).toBe("''quoted");
  });

  it("keeps text that Sheets would read as a formula, number, boolean, percent or date as that exact text", () => {
    const { local } = createTestSpreadsheet();
    const texts = [
      '=HYPERLINK("http://evil.example","x")',
      "+1",
      "-2",
      "@me",
      "123",
      "TRUE",
      "60%",
      "2024-03-01",
      "$1,200",
      "'quoted",
    ];
    const range = local.insertSheet("Text").getRange(1, 1, 1, texts.length);
    range.setValues([texts.map(toCellText)]);
    expect(range.getValues()).toEqual([texts]);
    expect(range.getFormulas()).toEqual([texts.map(() => "")]);
  });

  describe("bad input", () => {
    it("leaves the empty string empty (a blank cell, not a lone apostrophe)", () => {
      expect(toCellText("")).toBe("");
    });

    it("stays within Sheets' 50,000 characters per cell", () => {
      // 50,000 characters from the sheet + the apostrophe would be one too many: one is dropped.
      expect(toCellText("x".repeat(50000))).toHaveLength(50000);
    });
  });
});
