import { estimateShownText } from "../../../src/sheets/report/estimate-shown-text";
import { measureColumnWidths } from "../../../src/sheets/report/measure-column-widths";

describe("estimateShownText", () => {
  it("shows text without its escaping apostrophe, booleans as Sheets does", () => {
    expect(estimateShownText({ value: "'=SUM(A1)", pattern: "@" })).toBe("=SUM(A1)");
    expect(estimateShownText({ value: true, pattern: "@" })).toBe("TRUE");
  });

  it("renders numbers through their pattern (each worked by hand)", () => {
    const shown = (value: number, pattern: string) => estimateShownText({ value, pattern });
    expect(shown(50000, "$#,##0")).toBe("$50,000");
    expect(shown(1234567.4, "#,##0 [$€]")).toBe("1,234,567 €");
    expect(shown(50000, "[$R$] #,##0")).toBe("R$ 50,000");
    expect(shown(-2500, "#,##0.00")).toBe("-2,500.00");
    expect(shown(0.25, "0.0%")).toBe("25.0%");
    expect(shown(0.6, "0%")).toBe("60%");
    expect(shown(2.5, '0.0"x"')).toBe("2.5x");
    expect(shown(12.25, "0.0")).toBe("12.3"); // toFixed(1) of 12.25 is "12.3"
    expect(shown(45292, "yyyy-mm-dd")).toHaveLength(10); // 2024-01-01
    expect(shown(7, "@")).toBe("7");
  });
});

describe("measureColumnWidths", () => {
  it("fits each column to its longest measured cell, 7 px a character plus 10", () => {
    const rows = [
      { cells: [{ value: "'A very long note that must not widen column A", pattern: "@" }], measured: 0 },
      {
        cells: [
          { value: "'Stage", pattern: "@" },
          { value: 100000, pattern: "$#,##0" },
        ],
        measured: 2,
      },
    ];
    // "Stage" 5 × 7 + 10 = 45; "$100,000" 8 × 7 + 10 = 66; the third column has nothing: 40.
    expect(measureColumnWidths(rows, 3)).toEqual([45, 66, 40]);
  });

  it("caps a column at 300 px, and never makes one narrower than 40", () => {
    const long = { cells: [{ value: `'${"x".repeat(129)}`, pattern: "@" }], measured: 1 };
    const short = { cells: [{ value: 1, pattern: "#,##0" }], measured: 1 };
    // 129 × 7 + 10 = 913 → 300; 1 × 7 + 10 = 17 → 40.
    expect(measureColumnWidths([long], 1)).toEqual([300]);
    expect(measureColumnWidths([short], 1)).toEqual([40]);
  });
});
