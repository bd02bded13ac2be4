import { formatString } from "../../../src/local/services/format-string";

describe("formatString", () => {
  it("substitutes %s, %d and %f in order", () => {
    // %f defaults to 6 decimals as in printf; %d drops the fraction.
    expect(formatString("%s: %d leads, %f", "Ana", 3.9, 0.5)).toBe("Ana: 3 leads, 0.500000");
  });

  it("honours precision, width and flags", () => {
    expect(formatString("%.2f|%5d|%-4s|%05.1f|%+d", 1.23456, 42, "ab", 2.25, 7)).toBe(
      "1.23|   42|ab  |002.3|+7",
    );
  });

  it("writes %% as a percent sign", () => {
    expect(formatString("%d%%", 40)).toBe("40%");
  });

  describe("bad input", () => {
    it("refuses a specifier without an argument", () => {
      expect(() => formatString("%s and %s", "one")).toThrow("Missing argument");
    });

    it("refuses a non-number for %d", () => {
      expect(() => formatString("%d", "many")).toThrow("Invalid argument for %d");
    });
  });
});
